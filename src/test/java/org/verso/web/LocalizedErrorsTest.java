package org.verso.web;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.verso.Api.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.verso.Api;

/**
 * Error details follow the viewer's language (Accept-Language): the problem's {@code detail} and the error page's
 * text are translated, while {@code type}, {@code title} and the status stay the same for every language, so a
 * client can rely on them.
 */
@QuarkusTest
@Tag("once") // its subject is not the database: run in the H2 pass only (.ci/run)
class LocalizedErrorsTest {

    private static final long NO_SUCH_DOCUMENT = 987_654_321L;

    @Test
    void theSameMissingDocumentIsExplainedInEachShippedLanguageWithTheSameTypeTitleAndStatus() {
        Map<String, String> expected = Map.of(
                "en", "There is no document " + NO_SUCH_DOCUMENT + ".",
                "ru", "Документа " + NO_SUCH_DOCUMENT + " не существует.",
                "fa", "سند " + NO_SUCH_DOCUMENT + " وجود ندارد.",
                "tg", "Ҳуҷҷати " + NO_SUCH_DOCUMENT + " вуҷуд надорад.");
        for (Map.Entry<String, String> language : expected.entrySet()) {
            JsonPath problem = assertProblem(Api.ADMIN.request().header("Accept-Language", language.getKey())
                    .get("/api/documents/{id}", NO_SUCH_DOCUMENT), 404);
            assertEquals(List.of(language.getValue(), "about:blank", "Not found", 404), List.of(
                    problem.getString("detail"), problem.getString("type"), problem.getString("title"),
                    problem.getInt("status")), language.getKey());
        }
    }

    @Test
    void aDetailWithValuesKeepsThemInTheTranslation() {
        long id = Api.importArticle("The ferry left at dawn.");
        Api.addLanguage(id, "ru");
        for (Map.Entry<String, String> language : Map.of("ru", "В документе %d нет сегмента 424242.",
                "fa", "سند %d بخش 424242 را ندارد.", "tg", "Ҳуҷҷати %d сегменти 424242 надорад.").entrySet()) {
            JsonPath problem = assertProblem(Api.ADMIN.request().header("Accept-Language", language.getKey())
                    .get("/api/documents/{id}/languages/ru/translations/424242/revisions", id), 404);
            assertEquals(List.of(language.getValue().formatted(id), "Not found"), List.of(problem.getString("detail"),
                    problem.getString("title")));
        }
    }

    @Test
    void aWeightedAcceptLanguagePicksTheFirstShippedLanguage() {
        JsonPath problem = assertProblem(Api.ADMIN.request().header("Accept-Language", "de-CH, de;q=0.9, tg;q=0.5")
                .get("/api/documents/{id}", NO_SUCH_DOCUMENT), 404);
        assertEquals("Ҳуҷҷати " + NO_SUCH_DOCUMENT + " вуҷуд надорад.", problem.getString("detail"));
    }

    @Test
    void anUnknownLanguageGetsEnglish() {
        JsonPath problem = assertProblem(Api.ADMIN.request().header("Accept-Language", "de")
                .get("/api/documents/{id}", NO_SUCH_DOCUMENT), 404);
        assertEquals("There is no document " + NO_SUCH_DOCUMENT + ".", problem.getString("detail"));
    }

    @Test
    void theWebLayersOwnDetailsAreTranslatedToo() {
        JsonPath problem = assertProblem(RestAssured.given().header("Accept-Language", "ru")
                .get("/api/documents"), 401);
        assertEquals("Unauthorized", problem.getString("title"));
        assertEquals("Войдите: отправьте учётные данные HTTP Basic или действующий токен API (Authorization: Bearer)"
                + " или используйте сеанс входа.", problem.getString("detail"));
    }

    @Test
    void anErrorPageIsInPersian() {
        Api.ADMIN.request().header("Accept-Language", "fa").get("/documents/{id}", NO_SUCH_DOCUMENT).then()
                .statusCode(404).contentType(containsString("text/html"))
                .body(containsString("سند " + NO_SUCH_DOCUMENT + " وجود ندارد."));
    }
}
