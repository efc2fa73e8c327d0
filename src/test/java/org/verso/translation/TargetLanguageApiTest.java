package org.verso.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.verso.Api.asAdmin;
import static org.verso.Api.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.verso.Api;

/** Adding target languages: tags normalized and validated, direction from the language. */
@QuarkusTest
class TargetLanguageApiTest {

    /** Segment 0 is "Ships waited at anchor." (4 words), segment 1 the 6-word second sentence. */
    private static final String HARBOUR = "Ships waited at anchor.\n\nThe harbour reopened on Monday morning.\n";

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

    private static long documentInRussian() {
        long id = Api.importArticle(HARBOUR);
        Api.addLanguage(id, "ru");
        return id;
    }

    private static Response addLanguage(long id, String language) {
        return asAdmin().contentType(ContentType.JSON).body(Map.of("language", language))
                .post("/api/documents/{id}/languages", id);
    }
}
