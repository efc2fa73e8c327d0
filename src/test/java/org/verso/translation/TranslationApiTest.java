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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verso.Api;
import org.verso.account.User;

@QuarkusTest
class TranslationApiTest {

    /** Segment 0 is "Ships waited at anchor." (4 words), segment 1 the 6-word second sentence. */
    private static final String HARBOUR = "Ships waited at anchor.\n\nThe harbour reopened on Monday morning.\n";
    private static final String SHIPS_RU = "Корабли стояли на якоре.";

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

    private static long documentInRussian() {
        long id = Api.importArticle(HARBOUR);
        Api.addLanguage(id, "ru");
        return id;
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
}
