package org.verso.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.verso.Api.asAdmin;
import static org.verso.Api.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;

@QuarkusTest
class DocumentApiTest {

    /** Two sentences of 4 and 6 words. */
    private static final String HARBOUR = "Ships waited at anchor.\n\nThe harbour reopened on Monday morning.\n";
    private static final long NO_SUCH_DOCUMENT = 987_654_321_987L;

    @Test
    void jsonImportAnswersCreatedWithTheSummaryAndItsLocation() {
        String title = Api.unique("Harbour");
        Response response = Api.postDocument(Map.of("title", title, "sourceLanguage", "EN", "format", "text",
                "content", HARBOUR));
        Map<String, Object> summary = response.then().statusCode(201).extract().jsonPath().getMap("$");
        assertEquals(List.of(title, "en", "text", 2, 2), List.of(summary.get("title"), summary.get("sourceLanguage"),
                summary.get("format"), summary.get("segmentCount"), summary.get("paragraphCount")));
        assertEquals("/api/documents/" + summary.get("id"), java.net.URI.create(response.header("Location")).getPath());
    }

    @Test
    void segmentsListOrdinalParagraphKindSourceWordsAndFlag() {
        long id = Api.importArticle("Port news\n\n" + HARBOUR);
        List<List<Object>> segments = Api.segments(id).stream().map(s -> List.of(s.get("ordinal"), s.get("paragraph"),
                s.get("kind"), s.get("source"), s.get("words"), s.get("translatable"))).toList();
        assertEquals(List.of(
                List.of(0, 0, "HEADING", "Port news", 2, true),
                List.of(1, 1, "BODY", "Ships waited at anchor.", 4, true),
                List.of(2, 2, "BODY", "The harbour reopened on Monday morning.", 6, true)), segments);
    }

    @Test
    void markdownImportKeepsHeadingMarkupOutOfTheSegment() {
        long id = Api.importArticle("markdown", "# Harbour Reopens\n\nShips sailed again. Crews cheered.\n");
        assertEquals(List.of("Harbour Reopens", "Ships sailed again.", "Crews cheered."),
                Api.segments(id).stream().map(s -> s.get("source")).toList());
    }

    /** Import, translate the link's title in the editor's API, export: the title is back inside its link. */
    @Test
    void aMarkdownLinksTitleIsTranslatedThroughTheApi() {
        long id = Api.importArticle("markdown", "Read the [guide](https://example.org/g \"Ferry times\").\n");
        assertEquals(List.of("Read the <1>guide</1>.", "Ferry times"),
                Api.segments(id).stream().map(s -> s.get("source")).toList());
        Api.addLanguage(id, "fr");
        for (int ordinal = 0; ordinal < 2; ordinal++) {
            long segment = Api.segmentId(id, ordinal);
            String text = ordinal == 0 ? "Lisez <1>le guide</1>." : "Horaires \"du\" ferry";
            Api.save(Api.ADMIN, id, "fr", segment, text, "APPROVED", 0).then().statusCode(200);
        }
        assertEquals("Lisez [le guide](https://example.org/g \"Horaires \\\"du\\\" ferry\").\n",
                asAdmin().queryParam("format", "md").get("/api/documents/{id}/languages/fr/export", id).then()
                        .statusCode(200).extract().asString());
    }

    @Test
    void uploadedMarkdownFileIsReadAsMarkdownAndTitledByItsFirstLine() {
        Map<String, Object> summary = upload("harbour.md", "# Harbour Reopens\n\nShips sailed again.\n"
                .getBytes(StandardCharsets.UTF_8)).then().statusCode(201).extract().jsonPath().getMap("$");
        assertEquals(List.of("markdown", "Harbour Reopens", 2), List.of(summary.get("format"), summary.get("title"),
                summary.get("segmentCount")));
    }

    @Test
    void uploadedTextFileIsTitledByItsFirstLine() {
        Map<String, Object> summary = upload("port.txt", ("  Port news  \n\n" + HARBOUR)
                .getBytes(StandardCharsets.UTF_8)).then().statusCode(201).extract().jsonPath().getMap("$");
        assertEquals(List.of("text", "Port news"), List.of(summary.get("format"), summary.get("title")));
    }

    @Test
    void uploadWithATitleKeepsThatTitle() {
        String title = Api.unique("Given title");
        Response response = asAdmin().multiPart("file", "port.txt", HARBOUR.getBytes(StandardCharsets.UTF_8),
                "text/plain").multiPart("sourceLanguage", "en").multiPart("title", title).post("/api/documents");
        assertEquals(title, response.then().statusCode(201).extract().jsonPath().getString("title"));
    }

    @Test
    void uploadWithByteOrderMarkAndWindowsLineEndsIsAccepted() {
        byte[] bytes = "\uFEFFPort news\r\n\r\nShips sailed.\r\nCrews cheered.\r\n".getBytes(StandardCharsets.UTF_8);
        Map<String, Object> summary = upload("windows.txt", bytes).then().statusCode(201).extract().jsonPath()
                .getMap("$");
        long id = ((Number) summary.get("id")).longValue();
        assertEquals("Port news", summary.get("title"));
        assertEquals(List.of(List.of(0, "Port news"), List.of(1, "Ships sailed."), List.of(1, "Crews cheered.")),
                Api.segments(id).stream().map(s -> List.of(s.get("paragraph"), s.get("source"))).toList());
    }

    @Test
    void documentShowsItsTargetLanguagesWithProgressByWords() {
        long id = translatedFirstSentenceIntoRussian();
        Map<String, Object> ru = asAdmin().get("/api/documents/{id}", id).then().statusCode(200).extract().jsonPath()
                .getMap("languages[0]");
        assertEquals(progress("ru", "Russian", false, 10, 0, 4, 0, 6, 2), ru);
    }

    @Test
    void documentListShowsTargetLanguagesWithProgressByWords() {
        long id = translatedFirstSentenceIntoRussian();
        List<Map<String, Object>> all = asAdmin().get("/api/documents").then().statusCode(200).extract().jsonPath()
                .getList("$");
        Map<String, Object> listed = all.stream().filter(d -> ((Number) d.get("id")).longValue() == id).findFirst()
                .orElseThrow();
        assertEquals(List.of(progress("ru", "Russian", false, 10, 0, 4, 0, 6, 2)), listed.get("languages"));
    }

    @Test
    void documentWithoutTargetLanguagesListsNone() {
        long id = Api.importArticle(HARBOUR);
        assertEquals(List.of(), asAdmin().get("/api/documents/{id}", id).then().statusCode(200).extract().jsonPath()
                .getList("languages"));
    }

    @Test
    void renamingChangesTheTitle() {
        long id = Api.importArticle(HARBOUR);
        String title = Api.unique("Renamed");
        asAdmin().contentType(ContentType.JSON).body(Map.of("title", "  " + title + "  "))
                .patch("/api/documents/{id}", id).then().statusCode(200);
        assertEquals(title, asAdmin().get("/api/documents/{id}", id).then().statusCode(200).extract().jsonPath()
                .getString("title"));
    }

    @Test
    void renamingToABlankTitleIsRefused() {
        long id = Api.importArticle(HARBOUR);
        String before = asAdmin().get("/api/documents/{id}", id).then().extract().jsonPath().getString("title");
        assertProblem(asAdmin().contentType(ContentType.JSON).body(Map.of("title", " "))
                .patch("/api/documents/{id}", id), 400);
        assertEquals(before, asAdmin().get("/api/documents/{id}", id).then().extract().jsonPath().getString("title"));
    }

    @Test
    void segmentCanBeMarkedNotTranslatableAndBack() {
        long id = Api.importArticle(HARBOUR);
        long segmentId = Api.segmentId(id, 0);
        Api.markNotTranslatable(id, segmentId);
        assertEquals(false, Api.segments(id).get(0).get("translatable"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("translatable", true))
                .patch("/api/documents/{id}/segments/{segmentId}", id, segmentId).then().statusCode(200);
        assertEquals(true, Api.segments(id).get(0).get("translatable"));
    }

    @Test
    void markingWithoutTheFlagIsRefused() {
        long id = Api.importArticle(HARBOUR);
        assertProblem(asAdmin().contentType(ContentType.JSON).body("{}")
                .patch("/api/documents/{id}/segments/{segmentId}", id, Api.segmentId(id, 0)), 400);
    }

    @Test
    void missingDocumentIsNotFound() {
        assertEquals("There is no document " + NO_SUCH_DOCUMENT + ".",
                assertProblem(asAdmin().get("/api/documents/{id}", NO_SUCH_DOCUMENT), 404).getString("detail"));
    }

    @Test
    void segmentsOfAMissingDocumentAreNotFound() {
        assertProblem(asAdmin().get("/api/documents/{id}/segments", NO_SUCH_DOCUMENT), 404);
    }

    @Test
    void renamingAMissingDocumentIsNotFound() {
        assertProblem(asAdmin().contentType(ContentType.JSON).body(Map.of("title", "Anything"))
                .patch("/api/documents/{id}", NO_SUCH_DOCUMENT), 404);
    }

    @Test
    void markingASegmentOfAnotherDocumentIsNotFound() {
        long id = Api.importArticle(HARBOUR);
        long otherSegment = Api.segmentId(Api.importArticle(HARBOUR), 0);
        assertProblem(asAdmin().contentType(ContentType.JSON).body(Map.of("translatable", false))
                .patch("/api/documents/{id}/segments/{segmentId}", id, otherSegment), 404);
    }

    @Test
    void malformedJsonIsABadRequest() {
        int before = Api.documentCount();
        assertProblem(asAdmin().contentType(ContentType.JSON).body("{\"sourceLanguage\": \"en\", \"content\": ")
                .post("/api/documents"), 400);
        assertEquals(before, Api.documentCount());
    }

    /** "Ships waited at anchor." (4 words) TRANSLATED into Russian; the 6-word sentence still NEW. */
    private static long translatedFirstSentenceIntoRussian() {
        long id = Api.importArticle(HARBOUR);
        Api.addLanguage(id, "ru");
        Api.save(Api.ADMIN, id, "ru", Api.segmentId(id, 0), "Корабли стояли на якоре.", "TRANSLATED", 0).then()
                .statusCode(200);
        return id;
    }

    private static Map<String, Object> progress(String language, String name, boolean rtl, int total, int approved,
                                                int translated, int draft, int untranslated, int missing) {
        return Map.of("language", language, "name", name, "rtl", rtl, "totalWords", total, "approvedWords", approved,
                "translatedWords", translated, "draftWords", draft, "untranslatedWords", untranslated,
                "missingSegments", missing);
    }

    private static Response upload(String fileName, byte[] bytes) {
        return asAdmin().multiPart("file", fileName, bytes, "application/octet-stream")
                .multiPart("sourceLanguage", "en").post("/api/documents");
    }
}
