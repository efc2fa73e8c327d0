package org.verso.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.job.Jobs;
import org.verso.web.Browser;
import org.verso.account.User;
import org.verso.translation.LongDocuments;

/** A document export as a background job (?async=true) and its download. */
@QuarkusTest
class ExportJobTest {

    @Test
    void anAsyncExportWritesTheFileTheDownloadGivesAndItsOwnerDownloadsIt() {
        long doc = LongDocuments.translatedIntoGerman(3);
        Api.User translator = LongDocuments.germanTranslator();
        byte[] direct = export(translator, doc, false).then().statusCode(200).extract().asByteArray();

        Response accepted = export(translator, doc, true);
        assertEquals(202, accepted.statusCode(), accepted.asString());
        assertTrue(accepted.contentType().startsWith("application/json"), accepted.contentType());
        long id = Jobs.idFromLocation(accepted);
        JsonPath job = Jobs.awaitEnd(translator, id);

        assertEquals("done", job.getString("state"), job.prettify());
        assertEquals(List.of(3L, 3L), List.of(job.getLong("done"), job.getLong("total")));
        assertEquals("/api/jobs/" + id + "/download", job.getString("result.download"));
        assertEquals(direct.length, job.getLong("result.bytes"));
        Response download = translator.request().get(job.getString("result.download"));
        assertEquals(200, download.statusCode(), download.asString());
        assertArrayEquals(direct, download.asByteArray());
        assertTrue(download.header("Content-Disposition").contains(job.getString("result.fileName")));
        assertTrue(download.contentType().startsWith("application/xliff+xml"), download.contentType());
    }

    @Test
    void onlyTheOwnerAndAdminsDownloadAJobsFile() {
        long doc = LongDocuments.translatedIntoGerman(1);
        Api.User owner = LongDocuments.germanTranslator();
        long id = Jobs.idFromLocation(export(owner, doc, true));
        Jobs.awaitEnd(owner, id);

        Api.assertProblem(LongDocuments.germanTranslator().request().get("/api/jobs/{id}/download", id), 404);
        Api.asAdmin().get("/api/jobs/{id}/download", id).then().statusCode(200);
        String page = Browser.loggedInAs(owner.username(), owner.password()).get("/jobs/" + id).then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("href=\"/api/jobs/" + id + "/download\""), page);
    }

    @Test
    void anUnfinishedLanguageOrAnUnknownFormatIsRefusedBeforeAnythingIsQueued() {
        long doc = LongDocuments.translatedIntoGerman(1);
        Api.User user = LongDocuments.germanTranslator();
        Api.assertProblem(user.request().queryParam("async", true).queryParam("format", "xliff")
                .get("/api/documents/{id}/languages/de/export", doc), 409);
        Api.assertProblem(user.request().queryParam("async", true).queryParam("format", "odt")
                .queryParam("partial", true).get("/api/documents/{id}/languages/de/export", doc), 400);
        assertEquals(List.of(), user.request().get("/api/jobs").then().statusCode(200).extract().jsonPath()
                .getList("$"));
    }

    @Test
    void aJobWithoutAFileHasNothingToDownload() {
        long doc = LongDocuments.translatedIntoGerman(1);
        long id = Jobs.idFromLocation(Api.asAdmin().queryParam("async", true)
                .get("/api/documents/{id}/languages/de/qa", doc));
        Jobs.awaitEnd(Api.ADMIN, id);
        Api.assertProblem(Api.asAdmin().get("/api/jobs/{id}/download", id), 404);
    }

    /** The document page's form: the export as a job, whose page then links to the file. */
    @Test
    void theDocumentPageExportsInTheBackground() {
        long doc = LongDocuments.translatedIntoGerman(2);
        Browser browser = Browser.admin();
        String documentPage = browser.get("/documents/" + doc).then().statusCode(200).extract().asString();
        assertTrue(documentPage.contains("action=\"/documents/" + doc + "/export-job/de\""), documentPage);
        Response posted = browser.post("/documents/" + doc + "/export-job/de", "format", "md", "partial", "true");
        String html = Jobs.pageOnceEnded(browser, posted);
        long id = Long.parseLong(Browser.locationPath(posted).substring("/jobs/".length()));
        assertTrue(html.contains("href=\"/api/jobs/" + id + "/download\""), html);
        String file = Api.asAdmin().get("/api/jobs/{id}/download", id).then().statusCode(200).extract().asString();
        assertEquals(Api.asAdmin().queryParam("format", "md").queryParam("partial", true)
                .get("/api/documents/{id}/languages/de/export", doc).then().statusCode(200).extract().asString(), file);
        String form = documentPage.substring(documentPage.indexOf("action=\"/documents/" + doc + "/export-job/de\""));
        assertTrue(form.substring(0, form.indexOf("</form>")).contains("name=\"fillTargets\" value=\"source\""), form);
        long untranslated = LongDocuments.withGermanMemory(1); // nothing translated: every target is empty
        Response filled = browser.post("/documents/" + untranslated + "/export-job/de", "format", "xliff",
                "partial", "true", "fillTargets", "source");
        Jobs.pageOnceEnded(browser, filled);
        long filledId = Long.parseLong(Browser.locationPath(filled).substring("/jobs/".length()));
        String xliff = Api.asAdmin().get("/api/jobs/{id}/download", filledId).then().statusCode(200).extract().asString();
        assertTrue(xliff.contains("state=\"initial\"") && xliff.contains("<target>Ships from"), xliff);
        assertEquals(Api.asAdmin().queryParam("format", "xliff").queryParam("partial", true)
                .queryParam("fillTargets", "source").get("/api/documents/{id}/languages/de/export", untranslated)
                .then().statusCode(200).extract().asString(), xliff);
        assertEquals(400, browser.post("/documents/" + doc + "/export-job/de", "format", "docx", "partial", "true")
                .statusCode(), "an unknown format is refused before anything is queued");
    }

    private static Response export(Api.User user, long doc, boolean async) {
        return user.request().queryParam("format", "xliff").queryParam("partial", true).queryParam("async", async)
                .get("/api/documents/{id}/languages/de/export", doc);
    }
}
