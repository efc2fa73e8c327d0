package org.verso.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verso.Api.asAdmin;
import static org.verso.Api.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verso.interchange.xliff.XliffSchema;
import io.restassured.path.json.JsonPath;
import org.verso.Api;

/** An HTML article through the API: import, segments with inline codes, translation, HTML export of the same page. */
@QuarkusTest
class HtmlArticleTest {

    private static final String PAGE = "<!DOCTYPE html><html><head><title>Harbour news</title>"
            + "<script>var track = 1;</script></head><body>"
            + "<h1>Harbour reopens</h1>"
            + "<p>Ships waited at <b>anchor</b> all week. <a href=\"https://example.org/port\">The port authority</a> "
            + "lifted the ban on Monday.</p>"
            + "<p><img src=\"ship.jpg\" alt=\"A cargo ship at the pier\"></p>"
            + "</body></html>";

    @Test
    void anHtmlArticleIsSegmentedWithItsCodesAndExportedIntoTheSamePage() {
        long id = asAdmin().contentType(ContentType.JSON).body(Map.of("title", Api.unique("Html"), "sourceLanguage",
                "en", "format", "html", "content", PAGE)).post("/api/documents").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        List<String> sources = Api.segments(id).stream().map(s -> (String) s.get("source")).toList();
        assertEquals(List.of("Harbour news", "Harbour reopens", "Ships waited at <1>anchor</1> all week.",
                "<2>The port authority</2> lifted the ban on Monday.", "A cargo ship at the pier"), sources,
                "a sentence opening with a link is still a sentence of its own");

        Api.addLanguage(id, "de");
        String editor = Browser.admin().get("/documents/" + id + "/de").then().statusCode(200).extract().asString();
        assertTrue(editor.contains("<span class=\"code-chip code-open\" contenteditable=\"false\" data-code=\"&lt;1&gt;\""
                + " title=\"start of bold 1\" role=\"img\" aria-label=\"start of bold 1\">&lt;1&gt;</span>anchor"),
                "codes are chips in the editor, named by what they stand for");
        assertTrue(editor.contains("title=\"end of link 2\""), "the second code of the paragraph is its link");
        Map<String, String> german = Map.of(
                "Harbour news", "Hafennachrichten",
                "Harbour reopens", "Hafen öffnet wieder",
                "Ships waited at <1>anchor</1> all week.", "Schiffe lagen die ganze Woche vor <1>Anker</1>.",
                "<2>The port authority</2> lifted the ban on Monday.", "Am Montag hob <2>die Hafenbehörde</2> das Verbot auf.",
                "A cargo ship at the pier", "Ein Frachter am Pier");
        for (Map<String, Object> segment : Api.segments(id)) {
            Api.save(Api.ADMIN, id, "de", ((Number) segment.get("id")).longValue(), german.get(segment.get("source")),
                    "APPROVED", 0).then().statusCode(200);
        }
        String html = asAdmin().get("/api/documents/{id}/languages/de/export?format=html", id).then().statusCode(200)
                .contentType("text/html").extract().asString();
        Document page = Jsoup.parse(html);
        assertEquals("de", page.selectFirst("html").attr("lang"));
        assertEquals("Hafennachrichten", page.title());
        assertEquals("Anker", page.selectFirst("p b").text());
        assertEquals("https://example.org/port", page.selectFirst("p a").attr("href"));
        assertEquals("die Hafenbehörde", page.selectFirst("p a").text());
        assertEquals("Schiffe lagen die ganze Woche vor Anker. Am Montag hob die Hafenbehörde das Verbot auf.",
                page.select("p").get(0).text());
        assertEquals("Ein Frachter am Pier", page.selectFirst("img").attr("alt"));
        assertTrue(html.contains("var track = 1;"));

        String text = asAdmin().get("/api/documents/{id}/languages/de/export?format=txt", id).then().statusCode(200)
                .extract().asString();
        assertTrue(text.contains("Schiffe lagen die ganze Woche vor Anker."), text);
        assertFalse(text.contains("<1>"), "plain text has no inline codes: " + text);
    }

    @Test
    void markdownLinksEmphasisAndCodeSpansTravelAsCodesAndComeBackInTheExport() {
        long id = asAdmin().contentType(ContentType.JSON).body(Map.of("title", Api.unique("Md"), "sourceLanguage",
                "en", "format", "markdown", "content", "## Ferry *timetable*\n\nRun `ferry --list` to see [every "
                        + "**crossing**](https://example.org/ferry).\n")).post("/api/documents").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        List<String> sources = Api.segments(id).stream().map(s -> (String) s.get("source")).toList();
        assertEquals(List.of("Ferry <1>timetable</1>", "Run <1/> to see <2>every <3>crossing</3></2>."), sources);
        Api.addLanguage(id, "de");
        Map<String, String> german = Map.of(sources.get(0), "<1>Fahrplan</1> der Fähre",
                sources.get(1), "<2>Alle <3>Überfahrten</3></2> zeigt <1/>.");
        for (Map<String, Object> segment : Api.segments(id)) {
            Api.save(Api.ADMIN, id, "de", ((Number) segment.get("id")).longValue(), german.get(segment.get("source")),
                    "APPROVED", 0).then().statusCode(200);
        }
        assertEquals("## *Fahrplan* der Fähre\n\n[Alle **Überfahrten**](https://example.org/ferry) zeigt "
                + "`ferry --list`.\n", asAdmin().get("/api/documents/{id}/languages/de/export?format=md", id)
                .then().statusCode(200).extract().asString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xliff", "xliff12"})
    void inlineCodesTravelAsXliffInlineElementsAndComeBackTheSame(String format) {
        long id = asAdmin().contentType(ContentType.JSON).body(Map.of("title", Api.unique("Codes"), "sourceLanguage",
                "en", "format", "html", "content", "<p>Ships waited at <b>anchor</b> all week. <a href=\"/p\">The "
                        + "port</a> lifted <i>the ban.</i> <em>Crews cheered. Trade resumed.</em></p>"))
                .post("/api/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.addLanguage(id, "de");
        List<Map<String, Object>> segments = Api.segments(id);
        assertEquals(List.of("Ships waited at <1>anchor</1> all week.", "<2>The port</2> lifted <3>the ban.</3>",
                "<4>Crews cheered.", "Trade resumed.</4>"), segments.stream().map(s -> s.get("source")).toList());
        Map<String, String> german = Map.of(
                "Ships waited at <1>anchor</1> all week.", "Die Schiffe lagen die ganze Woche vor <1>Anker</1>.",
                "<2>The port</2> lifted <3>the ban.</3>", "<3>Das Verbot</3> hob <2>der Hafen</2> auf.",
                "<4>Crews cheered.", "<4>Die Mannschaften jubelten.",
                "Trade resumed.</4>", "Der Handel lief wieder an.</4>");
        for (Map<String, Object> segment : segments) {
            Api.save(Api.ADMIN, id, "de", ((Number) segment.get("id")).longValue(), german.get(segment.get("source")),
                    "TRANSLATED", 0).then().statusCode(200);
        }
        byte[] file = asAdmin().get("/api/documents/{id}/languages/de/export?format=" + format + "&partial=true", id)
                .then().statusCode(200).extract().asByteArray();
        String xml = new String(file, StandardCharsets.UTF_8);
        if (format.equals("xliff")) {
            XliffSchema.assertValid(file);
            assertTrue(xml.contains("<source>Ships waited at <pc id=\"1\">anchor</pc> all week.</source>"), xml);
            assertTrue(xml.contains("<sc id=\"4\" isolated=\"yes\"/>Crews cheered."), xml);
            assertTrue(xml.contains("Trade resumed.<ec id=\"4\" isolated=\"yes\"/>"), xml);
        } else {
            XliffSchema.assertValid12(file);
            assertTrue(xml.contains("<source>Ships waited at <g id=\"1\">anchor</g> all week.</source>"), xml);
        }
        JsonPath report = asAdmin().multiPart("file", "back.xlf", file, "application/xliff+xml")
                .post("/api/documents/{id}/languages/de/import", id).then().statusCode(200).extract().jsonPath();
        assertEquals(0, report.getInt("unknown"), report.prettify());
        assertEquals(4, report.getInt("unchanged"),
                "codes read back with the numbers they were written with: " + report.prettify());
    }

    @Test
    void markupTypedIntoATranslationIsInertInTheHtmlExport() {
        long id = asAdmin().contentType(ContentType.JSON).body(Map.of("title", Api.unique("Inert"), "sourceLanguage",
                "en", "format", "html", "content", "<p>Ships waited at <b>anchor</b>.</p><p><img src=\"s.jpg\" "
                        + "alt=\"A ship\"></p>")).post("/api/documents").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        Api.addLanguage(id, "de");
        List<String> payloads = List.of("<script>alert(1)</script> Schiffe <1>vor Anker</1>.",
                "\"><img src=x onerror=alert(2)><svg onload=alert(3)> javascript:alert(4) \u202Egnp.exe");
        List<Map<String, Object>> segments = Api.segments(id);
        for (int i = 0; i < segments.size(); i++) {
            Api.save(Api.ADMIN, id, "de", ((Number) segments.get(i).get("id")).longValue(), payloads.get(i),
                    "APPROVED", 0).then().statusCode(200);
        }
        Document page = Jsoup.parse(asAdmin().get("/api/documents/{id}/languages/de/export?format=html", id).then()
                .statusCode(200).extract().asString());
        assertEquals(0, page.select("script, svg, [onerror], [onload]").size(), page.outerHtml());
        assertEquals(1, page.select("img").size(), "only the source's own image: " + page.outerHtml());
        assertEquals("<script>alert(1)</script> Schiffe vor Anker.", page.selectFirst("p").text());
        assertEquals("b", page.selectFirst("p").child(0).tagName(), "a code still becomes the source's element");
        assertTrue(page.selectFirst("img").attr("alt").startsWith("\"><img src=x onerror=alert(2)>"),
                "an attribute holds the payload as text");
    }

    @Test
    void anHtmlFileUploadIsReadAsHtml() {
        long id = asAdmin().multiPart("file", "harbour.html", PAGE.getBytes(StandardCharsets.UTF_8), "text/html")
                .multiPart("sourceLanguage", "en").post("/api/documents").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        assertEquals("html", asAdmin().get("/api/documents/{id}", id).then().statusCode(200).extract().jsonPath()
                .getString("format"));
        assertEquals(5, Api.segments(id).size());
    }

    @Test
    void aPageWithoutTextIsRefused() {
        assertProblem(asAdmin().contentType(ContentType.JSON).body(Map.of("sourceLanguage", "en", "format", "html",
                "content", "<html><body><img src=x><script>alert(1)</script></body></html>"))
                .post("/api/documents"), 400);
    }
}
