package org.verso.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Browser;

/** "Not an error here": a finding marked right, with a reason, stays away for that text and comes back with another. */
@QuarkusTest
class DismissalApiTest {

    private static final String WRONG = "Армия %s отправила 2 500 военных к границе в понедельник.";
    private static final String OTHER_WRONG = "Армия %s отправила 3 500 военных к границе в понедельник.";

    /** A segment with its finding; {@code name} makes its sentence one no other test (or the memory) has. */
    private record Marked(long doc, long segment, String message, String name) {

        String wrong() {
            return WRONG.formatted(name);
        }
    }

    /** A Russian translation with one numbers error, saved as TRANSLATED (version 1). */
    private static Marked withFinding() {
        String name = Api.letters(10);
        long doc = Api.importArticle("The army " + name + " sent 25,000 troops to the border on Monday.");
        Api.addLanguage(doc, "ru");
        long segment = Api.segmentId(doc, 0);
        List<Map<String, Object>> issues = Api.save(Api.ADMIN, doc, "ru", segment, WRONG.formatted(name),
                "TRANSLATED", 0).then().statusCode(200).extract().jsonPath().getList("issues");
        assertEquals(1, issues.size(), issues.toString());
        return new Marked(doc, segment, (String) issues.get(0).get("message"), name);
    }

    private static Response dismiss(Api.User user, Marked m, Map<String, ?> body) {
        return user.request().contentType(ContentType.JSON).body(body).post(
                "/api/documents/{id}/languages/ru/translations/{segmentId}/dismissals", m.doc(), m.segment());
    }

    private static Map<String, String> numbers(Marked m, String reason) {
        return Map.of("check", "numbers", "message", m.message(), "reason", reason);
    }

    private static List<Map<String, Object>> report(long doc) {
        return Api.asAdmin().get("/api/documents/{id}/languages/ru/qa", doc).then().statusCode(200).extract()
                .jsonPath().getList("$");
    }

    private static List<Map<String, Object>> dismissed(long doc) {
        return Api.asAdmin().get("/api/documents/{id}/languages/ru/dismissals", doc).then().statusCode(200).extract()
                .jsonPath().getList("$");
    }

    @Test
    void aMarkedFindingLeavesTheReportAndIsListedApartWithWhoAndWhy() {
        Marked m = withFinding();
        Api.User translator = Api.createUser("translator");

        Response created = dismiss(translator, m, numbers(m, "The desk confirmed 2,500; the source is wrong."));

        assertEquals(201, created.statusCode(), created.asString());
        assertTrue(created.header("Location").endsWith("/dismissals/" + created.jsonPath().getLong("id")));
        assertEquals(List.of(), report(m.doc()));
        List<Map<String, Object>> listed = dismissed(m.doc());
        assertEquals(List.of(List.of(m.message(), "The desk confirmed 2,500; the source is wrong.",
                translator.username())), listed.stream().map(d -> List.of(((Map<?, ?>) d.get("finding")).get("message"),
                d.get("reason"), d.get("dismissedBy"))).toList());
    }

    @Test
    void theSameTextSavesCleanAndIsApprovedWithoutAReasonAnotherTextBringsTheFindingBack() {
        Marked m = withFinding();
        dismiss(Api.ADMIN, m, numbers(m, "The desk confirmed 2,500.")).then().statusCode(201);

        assertEquals(List.of(), Api.save(Api.ADMIN, m.doc(), "ru", m.segment(), m.wrong(), "APPROVED", 1).then()
                .statusCode(200).extract().jsonPath().getList("issues"));

        List<Map<String, Object>> back = Api.save(Api.ADMIN, m.doc(), "ru", m.segment(),
                OTHER_WRONG.formatted(m.name()), "TRANSLATED", 2)
                .then().statusCode(200).extract().jsonPath().getList("issues");
        // (The memory now holds the approved text, so "inconsistency" joins in: another finding, not marked.)
        assertTrue(back.stream().anyMatch(i -> "numbers".equals(i.get("check"))), back.toString());
        assertTrue(report(m.doc()).stream().anyMatch(f -> "numbers".equals(f.get("check"))));
        assertEquals(List.of(), dismissed(m.doc()), "the mark was for the other text");
    }

    @Test
    void undoingTheMarkBringsTheFindingBack() {
        Marked m = withFinding();
        long id = dismiss(Api.ADMIN, m, numbers(m, "Checked.")).then().statusCode(201).extract().jsonPath().getLong("id");
        String path = "/api/documents/{id}/languages/ru/translations/{segmentId}/dismissals/{dismissalId}";

        Api.asAdmin().delete(path, m.doc(), m.segment(), id).then().statusCode(204);

        assertEquals(1, report(m.doc()).size());
        Api.assertProblem(Api.asAdmin().delete(path, m.doc(), m.segment(), id), 404);
    }

    @Test
    void aMarkWithoutReasonForAnUnknownFindingTwiceOrInAnotherLanguageIsRefusedAndStoresNothing() {
        Marked m = withFinding();
        Api.User persian = Api.createUser("translator");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("languages", List.of("fa")))
                .put("/api/users/{username}", persian.username()).then().statusCode(200);

        String detail = Api.assertProblem(dismiss(Api.ADMIN, m, numbers(m, "  ")), 400).getString("detail");
        Api.assertProblem(dismiss(Api.ADMIN, m, Map.of("check", "no-such-check", "message", m.message(),
                "reason", "x")), 400);
        Api.assertProblem(dismiss(Api.ADMIN, m, Map.of("check", "numbers", "message", "Not a finding.",
                "reason", "x")), 409);
        Api.assertProblem(dismiss(persian, m, numbers(m, "Checked.")), 403);
        assertTrue(detail.contains("reason"), detail);
        assertEquals(List.of(), dismissed(m.doc()));

        dismiss(Api.ADMIN, m, numbers(m, "Checked.")).then().statusCode(201);
        Api.assertProblem(dismiss(Api.ADMIN, m, numbers(m, "Again.")), 409);
        assertEquals(1, dismissed(m.doc()).size());
    }

    @Test
    void theEditorRowOffersTheFormAndHtmxGetsTheRowBackWithoutTheFinding() {
        Marked m = withFinding();
        String editor = Browser.admin().get("/documents/" + m.doc() + "/ru").then().statusCode(200).extract().asString();
        assertTrue(editor.contains("Not an error here") && editor.contains("name=\"reason\""), editor);

        Response marked = Browser.admin().viaHtmx().post("/documents/" + m.doc() + "/ru/segments/" + m.segment()
                + "/dismissals?status=all&page=1", "check", "numbers", "message", m.message(), "reason", "Checked.");
        assertEquals(303, marked.statusCode(), marked.asString());
        String row = Browser.admin().viaHtmx().get(Browser.locationPath(marked)).then().statusCode(200).extract()
                .asString();

        assertTrue(row.contains("id=\"seg-" + m.segment() + "\""), row);
        assertFalse(row.contains("qa-error"), row);
        String page = Browser.admin().get("/documents/" + m.doc() + "/ru/qa").then().statusCode(200).extract()
                .asString();
        assertTrue(page.contains("Marked not an error") && page.contains("Checked.") && page.contains("Undo"), page);
    }

    @Test
    void aPlainFormWithoutReasonGetsAReadablePageAndTheUndoFormGoesBackToTheReport() {
        Marked m = withFinding();
        Response refused = Browser.admin().post("/documents/" + m.doc() + "/ru/segments/" + m.segment()
                + "/dismissals", "check", "numbers", "message", m.message(), "reason", "");
        assertEquals(400, refused.statusCode());
        Api.assertNoInternals(refused.asString());
        assertTrue(refused.asString().contains("reason"), refused.asString());

        long id = dismiss(Api.ADMIN, m, numbers(m, "Checked.")).then().statusCode(201).extract().jsonPath().getLong("id");
        Response undone = Browser.admin().post("/documents/" + m.doc() + "/ru/segments/" + m.segment()
                + "/dismissals/" + id + "/delete");
        assertEquals("/documents/" + m.doc() + "/ru/qa", Browser.locationPath(undone));
        assertEquals(1, report(m.doc()).size());
    }
}
