package org.verso.pretranslation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.job.Jobs;
import org.verso.web.Browser;

/** Pre-translation from memory as a background job, through the API (?async=true) and the analysis page. */
@QuarkusTest
class PretranslationJobTest {

    /** A document whose only sentence the memory holds for en→ru, with Russian added and still NEW. */
    private static long documentWithAMemoryMatch() {
        String w = "qx" + Api.letters(10);
        String sentence = "Ferries to " + w + " sail again.";
        String tmx = "<?xml version=\"1.0\"?><tmx version=\"1.4\"><header creationtool=\"t\" creationtoolversion=\"1\" "
                + "segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/><body>"
                + "<tu><tuv xml:lang=\"en\"><seg>" + sentence + "</seg></tuv><tuv xml:lang=\"ru\"><seg>Паромы в " + w
                + " снова ходят.</seg></tuv></tu></body></tmx>";
        Api.asAdmin().multiPart("file", "ferries.tmx", tmx.getBytes(StandardCharsets.UTF_8), "application/xml")
                .post("/api/memory/import").then().statusCode(200);
        long doc = Api.importArticle(sentence);
        Api.addLanguage(doc, "ru");
        return doc;
    }

    @Test
    void anAsyncPretranslationAnswersAcceptedAndFillsTheDocumentAsAJob() {
        long doc = documentWithAMemoryMatch();
        Response accepted = Api.asAdmin().queryParam("async", true)
                .post("/api/documents/{id}/languages/ru/pretranslate", doc);
        assertEquals(202, accepted.statusCode(), accepted.asString());
        JsonPath job = Jobs.awaitEnd(Api.ADMIN, Jobs.idFromLocation(accepted));
        assertEquals("done", job.getString("state"), job.prettify());
        assertEquals(1, job.getInt("result.segments"));
        assertEquals("FUZZY", Api.translation(doc, "ru", Api.segmentId(doc, 0)).get("status"));
    }

    @Test
    void aLanguageTheDocumentDoesNotHaveIsRefusedBeforeAnythingIsQueued() {
        long doc = Api.importArticle("Nothing about " + Api.letters(8) + " here.");
        Response refused = Api.asAdmin().queryParam("async", true)
                .post("/api/documents/{id}/languages/de/pretranslate", doc);
        assertTrue(refused.statusCode() == 404 || refused.statusCode() == 400, refused.asString());
        Api.assertProblem(refused, refused.statusCode());
    }

    @Test
    void theBackgroundButtonLeadsToTheJobPageWhichLinksToTheAnalysis() {
        long doc = documentWithAMemoryMatch();
        Browser browser = Browser.admin();
        Response posted = browser.post("/documents/" + doc + "/ru/pretranslate", "background", "true");
        String html = Jobs.pageOnceEnded(browser, posted);
        assertTrue(html.contains("href=\"/documents/" + doc + "/ru/analysis\""), html);
        assertTrue(html.contains("Pre-translated 1 segments"), html);
    }
}
