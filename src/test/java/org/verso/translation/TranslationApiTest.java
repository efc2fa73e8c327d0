package org.verso.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.verso.Api.asAdmin;
import static org.verso.Api.assertProblem;
import static org.verso.Api.save;
import static org.verso.Api.translation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.verso.Api;

@QuarkusTest
class TranslationApiTest {

    /** Segment 0 is "Ships waited at anchor." (4 words), segment 1 the 6-word second sentence. */
    private static final String HARBOUR = "Ships waited at anchor.\n\nThe harbour reopened on Monday morning.\n";
    private static final String SHIPS_RU = "Корабли стояли на якоре.";
    private static final String HARBOUR_RU = "Гавань вновь открылась в понедельник утром.";

    private static Api.User translator;
    private static Api.User otherTranslator;
    private static Api.User reviewer;

    @BeforeEach
    void createUsersOnce() {
        if (translator == null) {
            translator = Api.createUser("translator");
            otherTranslator = Api.createUser("translator");
            reviewer = Api.createUser("reviewer");
        }
    }

    // ---- target languages ------------------------------------------------------------------------------

    @Test
    void addingALanguageAnswersCreatedWithItsProgress() {
        long id = Api.importArticle(HARBOUR);
        Response response = addLanguage(id, "ru");
        assertEquals(201, response.statusCode(), response.asString());
        assertEquals("/api/documents/" + id + "/languages/ru", java.net.URI.create(response.header("Location"))
                .getPath());
        assertEquals(Map.of("language", "ru", "name", "Russian", "rtl", false, "totalWords", 10, "approvedWords", 0,
                "translatedWords", 0, "draftWords", 0, "untranslatedWords", 10, "missingSegments", 2),
                response.jsonPath().getMap("$"));
    }

    @Test
    void everySegmentOfANewLanguageStartsNewAtVersionZero() {
        long id = documentInRussian();
        List<List<Object>> translations = asAdmin().get("/api/documents/{id}/languages/ru/translations", id).then()
                .statusCode(200).extract().jsonPath().getList("$", Map.class).stream()
                .map(t -> Arrays.asList(t.get("text"), t.get("status"), t.get("version"))).toList();
        assertEquals(List.of(Arrays.asList(null, "NEW", 0), Arrays.asList(null, "NEW", 0)), translations);
    }

    @ParameterizedTest
    @CsvSource({"PT-br, pt-BR", "uz-cyrl, uz-Cyrl", "pt_br, pt-BR", "' RU ', ru", "FA, fa"})
    void languageTagIsNormalized(String given, String normalized) {
        long id = Api.importArticle(HARBOUR);
        assertEquals(normalized, addLanguage(id, given).then().statusCode(201).extract().jsonPath()
                .getString("language"));
        assertEquals(List.of(normalized), asAdmin().get("/api/documents/{id}/languages", id).then().statusCode(200)
                .extract().jsonPath().getList("language"));
    }

    @Test
    void persianIsRightToLeft() {
        long id = Api.importArticle(HARBOUR);
        assertEquals(true, addLanguage(id, "fa").then().statusCode(201).extract().jsonPath().getBoolean("rtl"));
    }

    @Test
    void russianIsLeftToRight() {
        long id = Api.importArticle(HARBOUR);
        assertEquals(false, addLanguage(id, "ru").then().statusCode(201).extract().jsonPath().getBoolean("rtl"));
    }

    @Test
    void addingALanguageTwiceIsAConflict() {
        long id = documentInRussian();
        assertEquals("The document is already being translated into Russian (ru).",
                assertProblem(addLanguage(id, "RU"), 409).getString("detail"));
        assertEquals(1, asAdmin().get("/api/documents/{id}/languages", id).then().extract().jsonPath()
                .getList("$").size());
    }

    @Test
    void sourceLanguageCannotBeATarget() {
        long id = Api.importArticle(HARBOUR);
        assertProblem(addLanguage(id, "EN"), 400);
        assertEquals(List.of(), asAdmin().get("/api/documents/{id}/languages", id).then().extract().jsonPath()
                .getList("$"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xx", "english", "", "ru-XQ", "x"})
    void unknownTargetLanguageIsRefused(String language) {
        long id = Api.importArticle(HARBOUR);
        assertProblem(addLanguage(id, language), 400);
    }

    @Test
    void addingALanguageToAMissingDocumentIsNotFound() {
        assertProblem(addLanguage(987_654_321_987L, "ru"), 404);
    }

    // ---- saving ------------------------------------------------------------------------------------------

    @Test
    void eachSuccessfulSaveReturnsTheNextVersion() {
        long id = documentInRussian();
        long segment = Api.segmentId(id, 0);
        JsonPath first = save(translator, id, "ru", segment, "Корабли ждали.", "DRAFT", 0).then().statusCode(200)
                .extract().jsonPath();
        JsonPath second = save(translator, id, "ru", segment, SHIPS_RU, "TRANSLATED", 1).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(1, "DRAFT", 2, "TRANSLATED", SHIPS_RU, translator.username()),
                List.of(first.getInt("version"), first.getString("status"), second.getInt("version"),
                        second.getString("status"), second.getString("text"), second.getString("updatedBy")));
    }

    @Test
    void staleSaveIsRejectedAndKeepsTheNewerText() {
        long id = documentInRussian();
        long segment = Api.segmentId(id, 0);
        save(translator, id, "ru", segment, SHIPS_RU, "TRANSLATED", 0).then().statusCode(200);
        JsonPath conflict = assertProblem(save(otherTranslator, id, "ru", segment, "Суда ждали.", "TRANSLATED", 0),
                409);
        assertEquals(List.of(SHIPS_RU, 1), List.of(conflict.getString("text"), conflict.getInt("version")));
        Map<String, Object> kept = translation(id, "ru", segment);
        assertEquals(List.of(SHIPS_RU, 1), List.of(kept.get("text"), kept.get("version")));
    }

    @Test
    void staleSaveConflictNamesTheCurrentStatusAndAuthorBesideItsHttpStatus() {
        long id = documentInRussian();
        long segment = Api.segmentId(id, 0);
        save(translator, id, "ru", segment, SHIPS_RU, "TRANSLATED", 0).then().statusCode(200);
        JsonPath conflict = assertProblem(save(otherTranslator, id, "ru", segment, "Суда ждали.", "DRAFT", 0), 409);
        assertEquals(List.of(409, "TRANSLATED", translator.username()), List.of(conflict.getInt("status"),
                conflict.getString("currentStatus"), conflict.getString("updatedBy")));
    }

    @Test
    void reviewerApprovesWithoutRepeatingTheText() {
        long id = documentInRussian();
        long segment = Api.segmentId(id, 0);
        save(translator, id, "ru", segment, SHIPS_RU, "TRANSLATED", 0).then().statusCode(200);
        JsonPath approved = save(reviewer, id, "ru", segment, null, "APPROVED", 1).then().statusCode(200).extract()
                .jsonPath();
        assertEquals(List.of(SHIPS_RU, "APPROVED", 2), List.of(approved.getString("text"),
                approved.getString("status"), approved.getInt("version")));
    }

    @Test
    void translatorCannotApprove() {
        long id = documentInRussian();
        long segment = Api.segmentId(id, 0);
        save(translator, id, "ru", segment, SHIPS_RU, "TRANSLATED", 0).then().statusCode(200);
        assertProblem(save(translator, id, "ru", segment, null, "APPROVED", 1), 403);
        assertEquals(List.of("TRANSLATED", 1), statusAndVersion(id, segment));
    }

    @Test
    void translatorCannotReject() {
        long id = documentInRussian();
        long segment = Api.segmentId(id, 0);
        save(translator, id, "ru", segment, SHIPS_RU, "TRANSLATED", 0).then().statusCode(200);
        assertProblem(save(translator, id, "ru", segment, null, "REJECTED", 1), 403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FUZZY", "NEW", "fuzzy"})
    void statusesOnlyVersoSetsAreRefused(String status) {
        assertRefusedAndUnchanged(id -> save(translator, id, "ru", Api.segmentId(id, 0), SHIPS_RU, status, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DONE", ""})
    void unknownStatusIsRefused(String status) {
        assertRefusedAndUnchanged(id -> save(translator, id, "ru", Api.segmentId(id, 0), SHIPS_RU, status, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void translatedWithoutTextIsRefused(String text) {
        assertRefusedAndUnchanged(id -> save(translator, id, "ru", Api.segmentId(id, 0), text, "TRANSLATED", 0));
    }

    @Test
    void translatedWithNoTextYetIsRefused() {
        assertRefusedAndUnchanged(id -> save(translator, id, "ru", Api.segmentId(id, 0), null, "TRANSLATED", 0));
    }

    @Test
    void saveWithoutVersionIsRefused() {
        assertRefusedAndUnchanged(id -> save(translator, id, "ru", Api.segmentId(id, 0), SHIPS_RU, "TRANSLATED",
                null));
    }

    @Test
    void savingANonTranslatableSegmentIsRefused() {
        long id = documentInRussian();
        long segment = Api.segmentId(id, 0);
        Api.markNotTranslatable(id, segment);
        assertProblem(save(translator, id, "ru", segment, SHIPS_RU, "TRANSLATED", 0), 400);
        assertEquals(List.of("NEW", 0), statusAndVersion(id, segment));
    }

    @Test
    void savingAnUnknownSegmentIsNotFound() {
        long id = documentInRussian();
        long otherDocumentsSegment = Api.segmentId(Api.importArticle(HARBOUR), 0);
        assertProblem(save(translator, id, "ru", otherDocumentsSegment, SHIPS_RU, "TRANSLATED", 0), 404);
    }

    @Test
    void savingIntoALanguageNotAddedIsNotFound() {
        long id = documentInRussian();
        assertEquals("Document " + id + " is not being translated into German (de). Add the language first.",
                assertProblem(save(translator, id, "de", Api.segmentId(id, 0), "Schiffe warteten.", "TRANSLATED", 0),
                        404).getString("detail"));
    }

    @Test
    void translationsOfALanguageNotAddedAreNotFound() {
        long id = documentInRussian();
        assertProblem(asAdmin().get("/api/documents/{id}/languages/de/translations", id), 404);
    }

    @Test
    void malformedSaveBodyIsABadRequest() {
        long id = documentInRussian();
        long segment = Api.segmentId(id, 0);
        assertProblem(translator.request().contentType(ContentType.JSON).body("{\"text\": \"Корабли\", \"version\": ")
                .put("/api/documents/{id}/languages/ru/translations/{segmentId}", id, segment), 400);
        assertEquals(List.of("NEW", 0), statusAndVersion(id, segment));
    }

    @Test
    void versionThatIsNotANumberIsABadRequest() {
        long id = documentInRussian();
        long segment = Api.segmentId(id, 0);
        assertEquals("The request body does not fit this call: 'version' has the wrong type.",
                assertProblem(translator.request().contentType(ContentType.JSON)
                        .body(Map.of("text", SHIPS_RU, "status", "TRANSLATED", "version", "latest"))
                        .put("/api/documents/{id}/languages/ru/translations/{segmentId}", id, segment), 400)
                        .getString("detail"));
    }

    // ---- export ------------------------------------------------------------------------------------------

    @Test
    void exportOfAnUnfinishedLanguageIsAConflictCountingMissingSegments() {
        long id = documentInRussian();
        approve(id, 0, SHIPS_RU);
        assertEquals(1, assertProblem(export(id, "ru", "txt", false), 409).getInt("missing"));
    }

    @Test
    void translatedButUnapprovedSegmentsStillCountAsMissing() {
        long id = documentInRussian();
        save(translator, id, "ru", Api.segmentId(id, 0), SHIPS_RU, "TRANSLATED", 0).then().statusCode(200);
        assertEquals(2, assertProblem(export(id, "ru", "txt", false), 409).getInt("missing"));
    }

    @Test
    void partialTextExportFallsBackToTheSourceAndSaysSoOnItsFirstLine() {
        long id = documentInRussian();
        approve(id, 0, SHIPS_RU);
        save(translator, id, "ru", Api.segmentId(id, 1), HARBOUR_RU, "TRANSLATED", 0).then().statusCode(200);
        assertEquals("[Partial translation: 1 of 2 segments are not approved and appear in the source language.]\n\n"
                + SHIPS_RU + "\n\nThe harbour reopened on Monday morning.\n", utf8(export(id, "ru", "txt", true)));
    }

    @Test
    void partialMarkdownExportSaysSoInAComment() {
        long id = documentInRussian();
        approve(id, 1, HARBOUR_RU);
        assertEquals("<!-- Partial translation: 1 of 2 segments are not approved and appear in the source language."
                + " -->\n\nShips waited at anchor.\n\n" + HARBOUR_RU + "\n", utf8(export(id, "ru", "md", true)));
    }

    @Test
    void finishedExportWithPartialAllowedIsNotMarkedPartial() {
        long id = documentInRussian();
        approve(id, 0, SHIPS_RU);
        approve(id, 1, HARBOUR_RU);
        assertEquals(SHIPS_RU + "\n\n" + HARBOUR_RU + "\n", utf8(export(id, "ru", "txt", true)));
    }

    @Test
    void exportInAnUnknownFormatIsRefused() {
        long id = documentInRussian();
        assertEquals("Unknown export format 'docx'. Use txt, md or xliff.",
                assertProblem(export(id, "ru", "docx", true), 400).getString("detail"));
    }

    @Test
    void exportOfALanguageNotAddedIsNotFound() {
        long id = documentInRussian();
        assertProblem(export(id, "de", "txt", true), 404);
    }

    // ---- builders ----------------------------------------------------------------------------------------

    private static long documentInRussian() {
        long id = Api.importArticle(HARBOUR);
        Api.addLanguage(id, "ru");
        return id;
    }

    private static Response addLanguage(long id, String language) {
        return asAdmin().contentType(ContentType.JSON).body(Map.of("language", language))
                .post("/api/documents/{id}/languages", id);
    }

    private void approve(long id, int ordinal, String text) {
        long segment = Api.segmentId(id, ordinal);
        save(translator, id, "ru", segment, text, "TRANSLATED", 0).then().statusCode(200);
        save(reviewer, id, "ru", segment, null, "APPROVED", 1).then().statusCode(200);
    }

    /** A refused save on a fresh Russian document: 400 problem, and segment 0 still NEW at version 0. */
    private static void assertRefusedAndUnchanged(java.util.function.LongFunction<Response> call) {
        long id = documentInRussian();
        assertProblem(call.apply(id), 400);
        assertEquals(List.of("NEW", 0), statusAndVersion(id, Api.segmentId(id, 0)));
    }

    private static List<Object> statusAndVersion(long id, long segment) {
        Map<String, Object> current = translation(id, "ru", segment);
        return List.of(current.get("status"), current.get("version"));
    }

    private static Response export(long id, String language, String format, boolean partial) {
        return asAdmin().queryParam("format", format).queryParam("partial", partial)
                .get("/api/documents/{id}/languages/{lang}/export", id, language);
    }

    private static String utf8(Response response) {
        assertEquals(200, response.statusCode(), response.asString());
        return new String(response.asByteArray(), StandardCharsets.UTF_8);
    }
}
