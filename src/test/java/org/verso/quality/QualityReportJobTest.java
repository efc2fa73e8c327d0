package org.verso.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.job.Jobs;
import org.verso.web.Browser;
import org.verso.account.User;

/** The quality report as a background job (?async=true, or the report page's button). */
@QuarkusTest
class QualityReportJobTest {

    @Test
    void anAsyncReportCountsWhatTheSynchronousReportFinds() {
        long doc = withFindings();
        List<Map<String, Object>> findings = Api.asAdmin().get("/api/documents/{id}/languages/de/qa", doc).then()
                .statusCode(200).extract().jsonPath().getList("$");
        Map<String, Integer> bySeverity = new TreeMap<>();
        Map<String, Integer> byCheck = new TreeMap<>();
        findings.forEach(f -> {
            bySeverity.merge((String) f.get("severity"), 1, Integer::sum);
            byCheck.merge((String) f.get("check"), 1, Integer::sum);
        });

        Response accepted = Api.asAdmin().queryParam("async", true).get("/api/documents/{id}/languages/de/qa", doc);
        assertEquals(202, accepted.statusCode(), accepted.asString());
        JsonPath job = Jobs.awaitEnd(Api.ADMIN, Jobs.idFromLocation(accepted));

        assertEquals("done", job.getString("state"), job.prettify());
        assertTrue(findings.size() >= 2, findings.toString());
        assertEquals(findings.size(), job.getInt("result.findings"));
        assertEquals(bySeverity, job.getMap("result.bySeverity"));
        assertEquals(byCheck, job.getMap("result.byCheck"));
        assertEquals(List.of(3L, 3L), List.of(job.getLong("done"), job.getLong("total")));
        assertEquals("/documents/" + doc + "/de/qa", job.getString("result.reportUrl"));
    }

    @Test
    void aLanguageTheDocumentLacksIsRefusedBeforeAnythingIsQueued() {
        Api.User user = Api.createUser("translator");
        long doc = withFindings();
        Api.assertProblem(user.request().queryParam("async", true).get("/api/documents/{id}/languages/fr/qa", doc),
                404);
        assertEquals(List.of(), user.request().get("/api/jobs").then().statusCode(200).extract().jsonPath()
                .getList("$"));
    }

    @Test
    void theReportPageStartsTheJobWhosePageLinksBackToTheReport() {
        long doc = withFindings();
        Browser browser = Browser.admin();
        Response posted = browser.post("/documents/" + doc + "/quality-job/de");
        String html = Jobs.pageOnceEnded(browser, posted);
        assertTrue(html.contains("href=\"/documents/" + doc + "/de/qa\""), html);
        assertTrue(html.contains("findings in 3 translations"), html);
    }

    /** Three German translations, two of them with findings: a doubled space and a lost end mark. */
    private static long withFindings() {
        long doc = Api.importArticle("The harbour is old.\n\nThe quay is new.\n\nShips from " + Api.letters(8)
                + " came.\n");
        Api.addLanguage(doc, "de");
        Api.save(Api.ADMIN, doc, "de", Api.segmentId(doc, 0), "Der  Hafen ist alt.", "TRANSLATED", 0)
                .then().statusCode(200);
        Api.save(Api.ADMIN, doc, "de", Api.segmentId(doc, 1), "Der Kai ist neu", "TRANSLATED", 0)
                .then().statusCode(200);
        Api.save(Api.ADMIN, doc, "de", Api.segmentId(doc, 2), "Schiffe kamen.", "TRANSLATED", 0)
                .then().statusCode(200);
        return doc;
    }
}
