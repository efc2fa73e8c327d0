package org.verso.translation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Browser;

/** The import page: a plain form that answers the whole page with the report, htmx only the report. */
@QuarkusTest
class TranslationImportPagesTest {

    /** A one-sentence article with German added and an XLIFF file translating it. */
    private static long article(String sentence) {
        long id = Api.importArticle(sentence + "\n");
        Api.addLanguage(id, "de");
        return id;
    }

    private static byte[] file(long id, String source, String target) {
        String xliff = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\""
                + " trgLang=\"de\"><file id=\"f\"><unit id=\"s" + Api.segmentId(id, 0) + "\"><segment state=\"translated\">"
                + "<source>" + source + "</source><target>" + target + "</target></segment></unit></file></xliff>";
        return xliff.getBytes(StandardCharsets.UTF_8);
    }

    private static String sentence() {
        return "Ferries " + Api.letters(8) + " sailed.";
    }

    @Test
    void theDocumentPageLinksToTheImportPageWhichHasAFileForm() {
        long id = article(sentence());
        Browser admin = Browser.admin();
        assertThat(admin.get("/documents/" + id).asString(), containsString("/documents/" + id + "/import/de"));
        String page = admin.get("/documents/" + id + "/import/de").then().statusCode(200).extract().asString();
        assertThat(page, containsString("enctype=\"multipart/form-data\""));
        assertThat(page, containsString("Import translations"));
    }

    @Test
    void aPlainFormUploadAnswersThePageWithTheReport() {
        String source = sentence();
        long id = article(source);
        Response response = Browser.admin().postFile("/documents/" + id + "/import/de", "file", "back.xlf",
                file(id, source, "Fähren fuhren."));
        assertEquals(200, response.statusCode(), response.asString());
        assertThat(response.asString(), containsString("<html"));
        assertThat(response.asString(), containsString("1 applied, 0 unchanged, 0 unknown"));
        assertEquals("Fähren fuhren.", Api.translation(id, "de", Api.segmentId(id, 0)).get("text"));
    }

    @Test
    void htmxGetsOnlyTheReport() {
        String source = sentence();
        long id = article(source);
        Response response = Browser.admin().viaHtmx().postFile("/documents/" + id + "/import/de", "file", "back.xlf",
                file(id, source, "Fähren fuhren."));
        assertEquals(200, response.statusCode(), response.asString());
        assertThat(response.asString(), not(containsString("<html")));
        assertThat(response.asString(), containsString("1 applied"));
    }

    @Test
    void aBrokenFileShowsAReadableErrorPage() {
        long id = article(sentence());
        Response response = Browser.admin().postFile("/documents/" + id + "/import/de", "file", "back.xlf",
                "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.2\" version=\"2.2\"/>".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, response.statusCode());
        assertThat(response.asString(), containsString("XLIFF 2.2 is not supported"));
        Api.assertNoInternals(response.asString());
    }
}
