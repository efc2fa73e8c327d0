package org.verso.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.verso.Api.asAdmin;
import static org.verso.Api.assertProblem;
import static org.verso.Api.save;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;

/** Splitting a segment through the API: ids, ordinals, words, translations and their history follow. */
@QuarkusTest
class SegmentSplitApiTest {

    /** Paragraph 0 has three sentences (segments 0–2), paragraph 1 one (segment 3). */
    static final String FERRY = """
            The ferry left at dawn. Gulls followed it out of the bay. The crossing took two hours.

            Passengers drank tea on the deck.
            """;
    static final String GULLS = "Gulls followed it out of the bay.";

    @Test
    void secondPartIsANewSegmentRightAfterTheFirstWhichKeepsItsId() {
        long id = Api.importArticle(FERRY);
        List<Long> before = ids(id);

        JsonPath parts = split(id, before.get(1), GULLS.indexOf("out")).then().statusCode(200).extract().jsonPath();

        assertEquals(List.of(before.get(1), 1, "Gulls followed it", 3), List.of(parts.getLong("[0].id"),
                parts.getInt("[0].ordinal"), parts.getString("[0].source"), parts.getInt("[0].words")));
        assertEquals(List.of(2, 0, "out of the bay.", 4), List.of(parts.getInt("[1].ordinal"),
                parts.getInt("[1].paragraph"), parts.getString("[1].source"), parts.getInt("[1].words")));
        assertEquals(List.of(before.get(0), before.get(1), parts.getLong("[1].id"), before.get(2), before.get(3)),
                ids(id));
    }

    @Test
    void ordinalsStayContiguousAndTheSegmentCountGrows() {
        long id = Api.importArticle(FERRY);

        split(id, Api.segmentId(id, 1), GULLS.indexOf("out")).then().statusCode(200);

        assertEquals(List.of(0, 1, 2, 3, 4), asAdmin().get("/api/documents/{id}/segments", id).then()
                .extract().jsonPath().getList("ordinal", Integer.class));
        assertEquals(5, asAdmin().get("/api/documents/{id}", id).then().extract().jsonPath().getInt("segmentCount"));
    }

    @Test
    void translatedFirstPartBecomesFuzzyAndTheSecondPartStartsNewInEveryLanguage() {
        long id = documentIn("ru", "de");
        long gulls = Api.segmentId(id, 1);
        save(Api.ADMIN, id, "ru", gulls, "Чайки летели за ним из залива.", "TRANSLATED", 0).then().statusCode(200);

        long second = split(id, gulls, GULLS.indexOf("out")).then().statusCode(200).extract().jsonPath()
                .getLong("[1].id");

        assertEquals(List.of("Чайки летели за ним из залива.", "FUZZY", 2), state(id, "ru", gulls));
        assertEquals(Arrays.asList(null, "NEW", 1), state(id, "de", gulls));
        assertEquals(Arrays.asList(null, "NEW", 0), state(id, "ru", second));
        assertEquals(Arrays.asList(null, "NEW", 0), state(id, "de", second));
    }

    @Test
    void translationsListInTheNewDocumentOrder() {
        long id = documentIn("ru");

        split(id, Api.segmentId(id, 1), GULLS.indexOf("out")).then().statusCode(200);

        assertEquals(ids(id), asAdmin().get("/api/documents/{id}/languages/ru/translations", id).then()
                .statusCode(200).extract().jsonPath().getList("segmentId", Long.class));
    }

    @Test
    void theSplitIsRecordedInTheFirstPartsHistory() {
        long id = documentIn("ru");
        long gulls = Api.segmentId(id, 1);
        save(Api.ADMIN, id, "ru", gulls, "Чайки летели за ним из залива.", "TRANSLATED", 0).then().statusCode(200);

        split(id, gulls, GULLS.indexOf("out")).then().statusCode(200);

        JsonPath history = revisions(id, "ru", gulls);
        assertEquals(List.of("TRANSLATED", "FUZZY"), history.getList("status"));
        assertEquals(Arrays.asList(null, "split"), history.getList("comment"));
        assertEquals(List.of(1, 2), history.getList("version"));
    }

    @Test
    void saveFromAnEditorOpenedBeforeTheSplitIsAConflict() {
        long id = documentIn("ru");
        long gulls = Api.segmentId(id, 1);
        save(Api.ADMIN, id, "ru", gulls, "Чайки летели.", "DRAFT", 0).then().statusCode(200);
        split(id, gulls, GULLS.indexOf("out")).then().statusCode(200);

        assertProblem(save(Api.ADMIN, id, "ru", gulls, "Чайки летели за ним из залива.", "TRANSLATED", 1), 409);
        assertEquals("Чайки летели.", Api.translation(id, "ru", gulls).get("text"));
    }

    @Test
    void exportStillPrintsTheParagraphWhole() {
        long id = documentIn("ru");

        split(id, Api.segmentId(id, 1), GULLS.indexOf("out")).then().statusCode(200);

        String text = new String(asAdmin().queryParam("format", "txt").queryParam("partial", true)
                .get("/api/documents/{id}/languages/ru/export", id).then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
        assertEquals(FERRY, text.substring(text.indexOf("\n\n") + 2));
    }

    @Test
    void offsetsOutsideTheSourceAreRefused() {
        long id = Api.importArticle(FERRY);
        long gulls = Api.segmentId(id, 1);

        for (int offset : new int[] {0, GULLS.length(), -3}) {
            assertProblem(split(id, gulls, offset), 400);
        }
        assertProblem(asAdmin().contentType(ContentType.JSON).body(Map.of())
                .post("/api/documents/{id}/segments/{s}/split", id, gulls), 400);
        assertEquals(4, ids(id).size());
    }

    @Test
    void splitInsideAWordIsRefused() {
        long id = Api.importArticle(FERRY);

        String detail = assertProblem(split(id, Api.segmentId(id, 1), GULLS.indexOf("lowed")), 400)
                .getString("detail");

        assertEquals("Offset " + GULLS.indexOf("lowed") + " falls inside a word; split at a space between words.",
                detail);
    }

    @Test
    void unknownSegmentOrOneOfAnotherDocumentIsNotFound() {
        long id = Api.importArticle(FERRY);
        long other = Api.importArticle(FERRY);

        assertProblem(split(id, Api.segmentId(other, 1), 5), 404);
        assertProblem(split(id, Long.MAX_VALUE, 5), 404);
    }

    @Test
    void codeBlocksKeptVerbatimCannotBeSplit() {
        long id = Api.importArticle("markdown", "Run this:\n\n```\necho one two\n```\n");
        long code = Api.segmentId(id, 1);

        assertProblem(split(id, code, 5), 409);
    }

    static Response split(long documentId, long segmentId, int offset) {
        return asAdmin().contentType(ContentType.JSON).body(Map.of("offset", offset))
                .post("/api/documents/{id}/segments/{s}/split", documentId, segmentId);
    }

    static JsonPath revisions(long documentId, String language, long segmentId) {
        return asAdmin().get("/api/documents/{id}/languages/{lang}/translations/{s}/revisions", documentId, language,
                segmentId).then().statusCode(200).extract().jsonPath();
    }

    static List<Object> state(long documentId, String language, long segmentId) {
        Map<String, Object> t = Api.translation(documentId, language, segmentId);
        return Arrays.asList(t.get("text"), t.get("status"), t.get("version"));
    }

    static List<Long> ids(long documentId) {
        return asAdmin().get("/api/documents/{id}/segments", documentId).then().statusCode(200).extract()
                .jsonPath().getList("id", Long.class);
    }

    static long documentIn(String... languages) {
        long id = Api.importArticle(FERRY);
        for (String language : languages) {
            Api.addLanguage(id, language);
        }
        return id;
    }
}
