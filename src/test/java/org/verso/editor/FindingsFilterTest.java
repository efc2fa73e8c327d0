package org.verso.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Browser;

/** The editor's "errors" and "warnings" filters show the segments the checks find fault with now, marks aside. */
@QuarkusTest
class FindingsFilterTest {

    /** Three segments: one with a numbers error, one with a missing full stop (a warning), one clean. */
    private record Article(long doc, List<Long> segments) {

        String editor(String filter) {
            return Browser.admin().get("/documents/" + doc + "/ru?status=" + filter).then().statusCode(200).extract()
                    .asString();
        }

        boolean shows(String page, int segment) {
            return page.contains("id=\"seg-" + segments.get(segment) + "\"");
        }
    }

    private static Article article() {
        String name = Api.letters(10);
        long doc = Api.importArticle("Unit " + name + " sent 25,000 troops to the border. Unit " + name
                + " stayed at the base. Unit " + name + " left on Monday.");
        Api.addLanguage(doc, "ru");
        List<Long> segments = List.of(Api.segmentId(doc, 0), Api.segmentId(doc, 1), Api.segmentId(doc, 2));
        List<String> texts = List.of("Подразделение " + name + " отправило 2 500 военных к границе.",
                "Подразделение " + name + " осталось на базе", "Подразделение " + name + " ушло в понедельник.");
        for (int i = 0; i < 3; i++) {
            Api.save(Api.ADMIN, doc, "ru", segments.get(i), texts.get(i), "TRANSLATED", 0).then().statusCode(200);
        }
        return new Article(doc, segments);
    }

    @Test
    void theErrorsFilterShowsOnlyTheSegmentWithAnError() {
        Article a = article();

        String page = a.editor("errors");

        assertEquals(List.of(true, false, false), List.of(a.shows(page, 0), a.shows(page, 1), a.shows(page, 2)));
        assertTrue(page.contains("Page 1 of 1 · 1 segment<"), page);
    }

    @Test
    void theWarningsFilterShowsOnlyTheSegmentWithAWarning() {
        Article a = article();

        String page = a.editor("warnings");

        assertEquals(List.of(false, true, false), List.of(a.shows(page, 0), a.shows(page, 1), a.shows(page, 2)));
    }

    @Test
    void aFindingMarkedNotAnErrorLeavesTheFilter() {
        Article a = article();
        String message = (String) Api.asAdmin().get("/api/documents/{id}/languages/ru/qa", a.doc()).then()
                .statusCode(200).extract().jsonPath().getList("findAll { it.check == 'numbers' }.message").get(0);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("check", "numbers", "message", message,
                "reason", "The desk confirmed the figure.")).post(
                "/api/documents/{id}/languages/ru/translations/{segmentId}/dismissals", a.doc(), a.segments().get(0))
                .then().statusCode(201);

        String page = a.editor("errors");

        assertFalse(a.shows(page, 0), page);
        assertTrue(page.contains("No segment matches this filter."), page);
    }
}
