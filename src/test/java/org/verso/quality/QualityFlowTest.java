package org.verso.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verso.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Browser;
import org.verso.account.User;

/** Quality checks run on every save, gate approvals, fill a report, and can be turned off per document. */
@QuarkusTest
class QualityFlowTest {

    private static long article() {
        long doc = Api.importArticle("The army sent 25,000 troops to the border on Monday.");
        Api.addLanguage(doc, "ru");
        return doc;
    }

    @Test
    void aSaveAnswersWithItsFindings() {
        long doc = article();
        long segment = Api.segmentId(doc, 0);
        JsonPath saved = Api.save(Api.ADMIN, doc, "ru", segment, "Армия отправила 2 500 военных к границе в понедельник.",
                "TRANSLATED", 0).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> issues = saved.getList("issues");
        assertTrue(issues.stream().anyMatch(i -> "numbers".equals(i.get("check")) && "ERROR".equals(i.get("severity"))),
                issues.toString());

        JsonPath fine = Api.save(Api.ADMIN, doc, "ru", segment, "Армия отправила 25 000 военных к границе в понедельник.",
                "TRANSLATED", 1).then().statusCode(200).extract().jsonPath();
        assertTrue(fine.getList("issues").stream().noneMatch(i -> "numbers".equals(((Map<?, ?>) i).get("check"))),
                fine.prettify());
    }

    @Test
    void approvingOverErrorsTakesAReasonKeptInTheRevision() {
        long doc = article();
        long segment = Api.segmentId(doc, 0);
        String wrong = "Армия отправила 2 500 военных к границе в понедельник.";
        JsonPath refused = Api.assertProblem(Api.save(Api.ADMIN, doc, "ru", segment, wrong, "APPROVED", 0), 400);
        assertTrue(refused.getString("detail").contains("qaOverride"), refused.prettify());
        assertFalse(refused.getList("issues").isEmpty(), refused.prettify());
        assertEquals("NEW", Api.translation(doc, "ru", segment).get("status"), "nothing was saved");

        asAdmin().contentType(ContentType.JSON).body(Map.of("text", wrong, "status", "APPROVED", "version", 0,
                        "qaOverride", "The source itself is wrong; the desk confirmed 2,500."))
                .put("/api/documents/{id}/languages/ru/translations/{segmentId}", doc, segment).then().statusCode(200);
        List<Map<String, Object>> revisions = asAdmin()
                .get("/api/documents/{id}/languages/ru/translations/{segmentId}/revisions", doc, segment)
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals("The source itself is wrong; the desk confirmed 2,500.",
                revisions.get(revisions.size() - 1).get("qaOverride"));
    }

    @Test
    void theReportListsFindingsAndChecksCanBeTurnedOff() {
        long doc = article();
        long segment = Api.segmentId(doc, 0);
        Api.save(Api.ADMIN, doc, "ru", segment, "Армия отправила 2 500 военных к границе в понедельник.", "DRAFT", 0)
                .then().statusCode(200);
        List<Map<String, Object>> report = asAdmin().get("/api/documents/{id}/languages/ru/qa", doc).then()
                .statusCode(200).extract().jsonPath().getList("$");
        assertTrue(report.stream().anyMatch(f -> "numbers".equals(f.get("check"))
                && ((Number) f.get("segmentId")).longValue() == segment), report.toString());

        String page = Browser.admin().get("/documents/" + doc + "/ru/qa?severity=ERROR").then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("numbers") && page.contains("name=\"enabled\""), page);

        Api.User translator = Api.createUser("translator");
        Api.assertProblem(translator.request().contentType(ContentType.JSON).body(Map.of("disabled", List.of("numbers")))
                .put("/api/documents/{id}/qa-settings", doc), 403);
        Api.assertProblem(asAdmin().contentType(ContentType.JSON).body(Map.of("disabled", List.of("no-such-check")))
                .put("/api/documents/{id}/qa-settings", doc), 400);
        asAdmin().contentType(ContentType.JSON).body(Map.of("disabled", List.of("numbers")))
                .put("/api/documents/{id}/qa-settings", doc).then().statusCode(200);
        List<Map<String, Object>> after = asAdmin().get("/api/documents/{id}/languages/ru/qa", doc).then()
                .statusCode(200).extract().jsonPath().getList("$");
        assertTrue(after.stream().noneMatch(f -> "numbers".equals(f.get("check"))), after.toString());
        Api.assertProblem(asAdmin().get("/api/documents/{id}/qa-settings", 999_999_999L), 404);
        List<String> checks = asAdmin().get("/api/qa/checks").then().statusCode(200).extract().jsonPath().getList("id");
        assertTrue(checks.containsAll(List.of("numbers", "glossary", "inconsistency", "end-punctuation")), checks.toString());
    }

    @Test
    void theEditorShowsFindingsUnderTheTranslation() {
        long doc = article();
        Api.save(Api.ADMIN, doc, "ru", Api.segmentId(doc, 0), "Армия отправила 2 500 военных.", "DRAFT", 0)
                .then().statusCode(200);
        String editor = Browser.admin().get("/documents/" + doc + "/ru").then().statusCode(200).extract().asString();
        assertTrue(editor.contains("class=\"qa-issues\"") && editor.contains("qa-error"), editor);
        assertTrue(editor.contains("name=\"qaOverride\""), "a reviewer can give a reason to approve anyway");
    }
}
