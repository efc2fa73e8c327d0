package org.verso.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verso.Api.asAdmin;
import static org.verso.Api.assertProblem;
import static org.verso.Api.save;
import static org.verso.web.SegmentSplitApiTest.FERRY;
import static org.verso.web.SegmentSplitApiTest.documentIn;
import static org.verso.web.SegmentSplitApiTest.ids;
import static org.verso.web.SegmentSplitApiTest.revisions;
import static org.verso.web.SegmentSplitApiTest.state;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;

/** Joining a segment with the next one of its paragraph through the API; never across a paragraph. */
@QuarkusTest
class SegmentJoinApiTest {

    private static final String DAWN_RU = "Паром отошёл на рассвете.";
    private static final String GULLS_RU = "Чайки летели за ним.";

    @Test
    void joinedSegmentHoldsBothSourcesAndTheirWords() {
        long id = Api.importArticle(FERRY);
        List<Long> before = ids(id);

        JsonPath joined = join(id, before.get(0)).then().statusCode(200).extract().jsonPath();

        assertEquals(List.of(before.get(0), 0, "The ferry left at dawn. Gulls followed it out of the bay.", 12),
                List.of(joined.getLong("id"), joined.getInt("ordinal"), joined.getString("source"),
                        joined.getInt("words")));
        assertEquals(List.of(before.get(0), before.get(2), before.get(3)), ids(id));
    }

    @Test
    void ordinalsStayContiguousAndTheSegmentCountShrinks() {
        long id = Api.importArticle(FERRY);

        join(id, Api.segmentId(id, 1)).then().statusCode(200);

        assertEquals(List.of(0, 1, 2), asAdmin().get("/api/documents/{id}/segments", id).then()
                .extract().jsonPath().getList("ordinal", Integer.class));
        assertEquals(3, asAdmin().get("/api/documents/{id}", id).then().extract().jsonPath().getInt("segmentCount"));
    }

    @Test
    void translationsAreJoinedAndFuzzyOrStayNewWithoutText() {
        long id = documentIn("ru", "de");
        long dawn = Api.segmentId(id, 0);
        save(Api.ADMIN, id, "ru", dawn, DAWN_RU, "TRANSLATED", 0).then().statusCode(200);
        save(Api.ADMIN, id, "ru", Api.segmentId(id, 1), GULLS_RU, "DRAFT", 0).then().statusCode(200);

        join(id, dawn).then().statusCode(200);

        assertEquals(List.of(DAWN_RU + " " + GULLS_RU, "FUZZY", 3), state(id, "ru", dawn),
                "one revision of each half and the join: version 3");
        assertEquals(Arrays.asList(null, "NEW", 1), state(id, "de", dawn));
        assertEquals(ids(id), asAdmin().get("/api/documents/{id}/languages/ru/translations", id).then()
                .extract().jsonPath().getList("segmentId", Long.class));
    }

    @Test
    void historyOfBothHalvesFollowsTheJoinedSegment() {
        long id = documentIn("ru");
        long dawn = Api.segmentId(id, 0);
        long gulls = Api.segmentId(id, 1);
        save(Api.ADMIN, id, "ru", dawn, DAWN_RU, "TRANSLATED", 0).then().statusCode(200);
        save(Api.ADMIN, id, "ru", gulls, "Чайки.", "DRAFT", 0).then().statusCode(200);
        save(Api.ADMIN, id, "ru", gulls, GULLS_RU, "TRANSLATED", 1).then().statusCode(200);

        join(id, dawn).then().statusCode(200);

        JsonPath history = revisions(id, "ru", dawn);
        assertEquals(List.of(DAWN_RU, "Чайки.", GULLS_RU, DAWN_RU + " " + GULLS_RU), history.getList("text"));
        assertEquals(Arrays.asList(null, null, null, "joined"), history.getList("comment"));
        assertEquals(List.of(1, 2, 3, 4), history.getList("version"), "the second half's history numbered after the"
                + " first half's");
        assertProblem(asAdmin().get("/api/documents/{id}/languages/ru/translations/{s}/revisions", id, gulls), 404);
    }

    /**
     * Both halves' histories started at version 1, so after a join two revisions had the number 1 and reverting to
     * "version 1" brought back the second half's text; each number now names one revision, and Revert restores the
     * text the history shows for it.
     */
    @Test
    void revertAfterAJoinRestoresTheTextOfTheChosenRevision() {
        long id = documentIn("ru");
        long dawn = Api.segmentId(id, 0);
        long gulls = Api.segmentId(id, 1);
        save(Api.ADMIN, id, "ru", dawn, DAWN_RU, "TRANSLATED", 0).then().statusCode(200);
        save(Api.ADMIN, id, "ru", gulls, GULLS_RU, "TRANSLATED", 0).then().statusCode(200);
        join(id, dawn).then().statusCode(200);

        for (int version : List.of(1, 2)) {
            String shown = revisions(id, "ru", dawn).getString("find { it.version == " + version + " }.text");
            asAdmin().post("/api/documents/{id}/languages/ru/translations/{s}/revisions/{v}/revert", id, dawn, version)
                    .then().statusCode(200);
            assertEquals(shown, state(id, "ru", dawn).get(0), "revert to version " + version);
        }
        assertEquals(List.of(DAWN_RU, GULLS_RU), List.of(revisions(id, "ru", dawn).getString("[0].text"),
                revisions(id, "ru", dawn).getString("[1].text")));
    }

    @Test
    void saveFromAnEditorOpenedBeforeTheJoinIsAConflictAndTheRemovedSegmentIsGone() {
        long id = documentIn("ru");
        long dawn = Api.segmentId(id, 0);
        long gulls = Api.segmentId(id, 1);

        join(id, dawn).then().statusCode(200);

        assertProblem(save(Api.ADMIN, id, "ru", dawn, DAWN_RU, "TRANSLATED", 0), 409);
        assertProblem(save(Api.ADMIN, id, "ru", gulls, GULLS_RU, "TRANSLATED", 0), 404);
    }

    @Test
    void theLastSegmentOfAParagraphIsNotJoinedWithTheNextParagraph() {
        long id = Api.importArticle(FERRY);

        String detail = assertProblem(join(id, Api.segmentId(id, 2)), 409).getString("detail");

        assertEquals("Segment 3 is the last of its paragraph, and segments never cross a paragraph: there is no next "
                + "segment to join it with.", detail);
        assertEquals(4, ids(id).size());
    }

    @Test
    void theLastSegmentOfTheDocumentHasNothingToJoin() {
        long id = Api.importArticle(FERRY);

        assertProblem(join(id, Api.segmentId(id, 3)), 409);
    }

    @Test
    void joiningASkippedSegmentMakesTheWholeTranslatable() {
        long id = documentIn("ru");
        long dawn = Api.segmentId(id, 0);
        Api.markNotTranslatable(id, dawn);

        assertTrue(join(id, dawn).then().statusCode(200).extract().jsonPath().getBoolean("translatable"));
        save(Api.ADMIN, id, "ru", dawn, DAWN_RU + " " + GULLS_RU, "TRANSLATED", 1).then().statusCode(200);
    }

    @Test
    void japaneseSentencesAreJoinedWithoutASpace() {
        long id = Api.postDocument(Map.of("title", Api.unique("Rain"), "sourceLanguage", "ja", "format", "text",
                "content", "雨が降った。電車が止まった。")).then().statusCode(201).extract().jsonPath().getLong("id");

        assertEquals("雨が降った。電車が止まった。", join(id, Api.segmentId(id, 0)).then().statusCode(200)
                .extract().jsonPath().getString("source"));
    }

    @Test
    void unknownSegmentIsNotFound() {
        long id = Api.importArticle(FERRY);

        assertProblem(join(id, Long.MAX_VALUE), 404);
    }

    static Response join(long documentId, long segmentId) {
        return asAdmin().contentType(ContentType.JSON).post("/api/documents/{id}/segments/{s}/join", documentId,
                segmentId);
    }
}
