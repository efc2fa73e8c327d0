package org.verso.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verso.Api.asAdmin;

import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Browser;

/** Issue 19: an upload's format comes from its file name unless the person chose one; a paste's from its start. */
@QuarkusTest
class AutomaticFormatTest {

    private static final String PAGE = "<!DOCTYPE html><html><head><title>Pier news</title></head><body>"
            + "<h1>Pier reopens</h1><p>Boats tied up at the <b>new</b> pier on Monday.</p></body></html>";

    @Test
    void anHtmlFileUploadedThroughTheImportFormAsItComesIsImportedAsHtml() {
        String form = Browser.admin().get("/documents/new").then().statusCode(200).extract().asString();
        assertTrue(form.contains("value=\"auto\" checked"), "Automatic is the form's default format");

        // What a browser sends for that form with only a file chosen: every field, the text ones empty.
        Response created = Browser.admin().request().multiPart("title", "").multiPart("sourceLanguage", "en")
                .multiPart("format", "auto").multiPart("segmentationRules", "").multiPart("content", "")
                .multiPart("file", "pier.html", PAGE.getBytes(StandardCharsets.UTF_8), "text/html")
                .post("/documents");

        assertImportedAsHtml(Browser.documentIdFrom(created));
    }

    @Test
    void anHtmlFileUploadedThroughTheApiWithoutAFormatIsImportedAsHtml() {
        long id = asAdmin().multiPart("sourceLanguage", "en")
                .multiPart("file", "pier.htm", PAGE.getBytes(StandardCharsets.UTF_8), "text/html")
                .post("/api/documents").then().statusCode(201).extract().jsonPath().getLong("id");

        assertImportedAsHtml(id);
    }

    @Test
    void aPastedPageWithoutAFormatIsImportedAsHtmlAndPlainProseAsText() {
        long page = Api.postDocument(Map.of("sourceLanguage", "en", "content", PAGE)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Response prose = Api.postDocument(Map.of("sourceLanguage", "en", "content",
                "Boats <b>tied up</b> at the pier.\n"));

        assertImportedAsHtml(page);
        assertEquals("text", prose.then().statusCode(201).extract().jsonPath().getString("format"));
        assertEquals("Boats <b>tied up</b> at the pier.", Api.segments(prose.jsonPath().getLong("id")).get(0)
                .get("source"), "prose is kept as typed");
    }

    @Test
    void aFormatThePersonChoseWinsOverTheExtension() {
        long id = asAdmin().multiPart("sourceLanguage", "en").multiPart("format", "text")
                .multiPart("file", "pier.html", PAGE.getBytes(StandardCharsets.UTF_8), "text/html")
                .post("/api/documents").then().statusCode(201).extract().jsonPath().getLong("id");

        assertEquals("text", asAdmin().get("/api/documents/{id}", id).jsonPath().getString("format"));
    }

    @Test
    void anUnknownFormatIsAProblemNamingAuto() {
        String detail = Api.assertProblem(Api.postDocument(Map.of("sourceLanguage", "en", "format", "odt",
                "content", "Boats.")), 400).getString("detail");

        assertTrue(detail.contains("auto"), detail);
    }

    @Test
    void aNewVersionKeepsTheDocumentsFormatUnlessItsFileNamesAnother() {
        long id = Api.postDocument(Map.of("sourceLanguage", "en", "format", "markdown", "content",
                "Boats **tied** up at the pier.\n")).then().statusCode(201).extract().jsonPath().getLong("id");

        String pasted = asAdmin().contentType("application/json").body(Map.of("content",
                "Boats **tied** up at the new pier.\n")).post("/api/documents/{id}/versions", id).then()
                .statusCode(201).extract().jsonPath().getString("format");
        Browser.admin().request().multiPart("format", "auto").multiPart("content", "")
                .multiPart("file", "pier.html", PAGE.getBytes(StandardCharsets.UTF_8), "text/html")
                .post("/documents/" + id + "/versions").then().statusCode(303);

        assertEquals("markdown", pasted, "a paste without a format stays in the document's format");
        assertEquals("html", asAdmin().get("/api/documents/{id}", id).jsonPath().getString("format"),
                "an uploaded .html version is read as HTML with the form's default");
    }

    /** Segments without markup, the format reported as html, and an HTML export of the same page. */
    private static void assertImportedAsHtml(long id) {
        assertEquals("html", asAdmin().get("/api/documents/{id}", id).jsonPath().getString("format"));
        List<String> sources = Api.segments(id).stream().map(s -> (String) s.get("source")).toList();
        assertEquals(List.of("Pier news", "Pier reopens", "Boats tied up at the <1>new</1> pier on Monday."),
                sources);
        assertFalse(sources.stream().anyMatch(s -> s.contains("<h1>") || s.contains("<b>")), sources.toString());
        Api.addLanguage(id, "de");
        String html = asAdmin().get("/api/documents/{id}/languages/de/export?format=html&partial=true", id).then()
                .statusCode(200).contentType("text/html").extract().asString();
        assertEquals("new", Jsoup.parse(html).selectFirst("p b").text());
    }
}
