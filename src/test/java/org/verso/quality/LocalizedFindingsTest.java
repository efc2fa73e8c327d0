package org.verso.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.verso.Api;

/**
 * What the quality checks say follows the viewer's language in the API's issue lists and on the quality page; the
 * check id and the finding's code stay the same, and a finding marked "not an error" as the page showed it (in
 * Persian, say) is marked for everyone.
 */
@QuarkusTest
@Tag("once") // its subject is not the database: run in the H2 pass only (.ci/run)
class LocalizedFindingsTest {

    private static final String SOURCE = "The bridge opened in 1932 after 240 days of work.";
    private static final String TARGET = "Мост открыли в 1932 году после долгой работы.";

    @Test
    void aSavedTranslationsFindingsAreInTheViewersLanguageWithTheSameCheckAndCode() {
        long id = Api.importArticle(SOURCE);
        Api.addLanguage(id, "ru");
        long segment = Api.segmentId(id, 0);
        Map<String, String> expected = Map.of(
                "en", "The number 240 is missing from the translation.",
                "ru", "В переводе нет числа 240.",
                "fa", "عدد 240 در ترجمه نیست.");
        int version = 0;
        for (Map.Entry<String, String> language : expected.entrySet()) {
            JsonPath saved = Api.ADMIN.request().header("Accept-Language", language.getKey())
                    .contentType(ContentType.JSON).body(Map.of("text", TARGET + " ".repeat(version), "status",
                            "TRANSLATED", "version", version))
                    .put("/api/documents/{id}/languages/ru/translations/{segment}", id, segment).then()
                    .statusCode(200).extract().jsonPath();
            version = saved.getInt("version");
            List<Map<String, Object>> numbers = saved.getList("issues.findAll { it.check == 'numbers' }");
            assertEquals(1, numbers.size(), saved.prettify());
            assertEquals(List.of(language.getValue(), "numberMissing"), List.of(numbers.get(0).get("message"),
                    numbers.get(0).get("code")), language.getKey());
        }
    }

    @Test
    void theQualityPageSaysTheFindingsInRussian() {
        long id = Api.importArticle(SOURCE);
        Api.addLanguage(id, "ru");
        Api.save(Api.ADMIN, id, "ru", Api.segmentId(id, 0), TARGET, "TRANSLATED", 0).then().statusCode(200);

        String page = Api.ADMIN.request().header("Accept-Language", "ru")
                .get("/documents/{id}/ru/qa", id).then().statusCode(200).extract().asString();

        assertTrue(page.contains("В переводе нет числа 240."), page);
    }

    @Test
    void aFindingMarkedAsThePersianPageShowedItIsMarked() {
        long id = Api.importArticle(SOURCE);
        Api.addLanguage(id, "ru");
        long segment = Api.segmentId(id, 0);
        Api.save(Api.ADMIN, id, "ru", segment, TARGET, "TRANSLATED", 0).then().statusCode(200);

        Api.ADMIN.request().header("Accept-Language", "fa").contentType(ContentType.JSON)
                .body(Map.of("check", "numbers", "message", "عدد 240 در ترجمه نیست.", "reason", "Spelled out."))
                .post("/api/documents/{id}/languages/ru/translations/{segment}/dismissals", id, segment).then()
                .statusCode(201);

        JsonPath marked = Api.asAdmin().get("/api/documents/{id}/languages/ru/dismissals", id).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("The number 240 is missing from the translation."), marked.getList("finding.message"));
        JsonPath english = Api.save(Api.ADMIN, id, "ru", segment, TARGET, "TRANSLATED", 1).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(), english.getList("issues.findAll { it.check == 'numbers' }"));
    }
}
