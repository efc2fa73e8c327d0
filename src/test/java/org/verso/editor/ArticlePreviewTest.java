package org.verso.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Browser;

/**
 * An HTML article's live preview is its own page with the current texts (issue 19), marked so the editor can
 * highlight a segment, and inert: the article's scripts and handlers never run inside Verso.
 */
@QuarkusTest
class ArticlePreviewTest {

    private static final String PAGE = "<!DOCTYPE html><html><head><title>Flood warning</title>"
            + "<link rel=\"stylesheet\" href=\"https://cdn.example.org/site.css\">"
            + "<script>document.title = 'ran';</script></head><body>"
            + "<article><h1 class=\"headline\">Flood warning for the valley</h1>"
            + "<p onclick=\"alert(1)\">Rivers rose overnight. Schools stay <b>closed</b> today.</p>"
            + "<img src=\"https://cdn.example.org/river.jpg\" alt=\"The river at dawn\"></article></body></html>";

    @Test
    void thePageCarriesTheCurrentTextsBetweenMarksAndRunsNothing() {
        long id = Api.importArticle("html", PAGE);
        Api.addLanguage(id, "de");
        long headline = Api.segmentId(id, 1); // segment 0 is the page's <title>
        Api.save(Api.ADMIN, id, "de", headline, "Hochwasserwarnung für das Tal", "TRANSLATED", 0).then()
                .statusCode(200);

        Response answer = Browser.admin().get("/documents/" + id + "/de/preview/page");
        answer.then().statusCode(200).contentType(org.hamcrest.Matchers.matchesPattern("text/html; ?charset=UTF-8"));
        String policy = answer.header("Content-Security-Policy");
        assertTrue(policy.startsWith("sandbox allow-same-origin;"), policy);
        assertFalse(policy.contains("allow-scripts"), policy);
        assertTrue(policy.contains("frame-ancestors 'self'"), policy);
        assertEquals("SAMEORIGIN", answer.header("X-Frame-Options"));

        Document page = Jsoup.parse(answer.asString());
        Element start = page.selectFirst("[data-pv-start=" + headline + "]");
        assertNotNull(start, page.html());
        assertEquals("translated", start.attr("data-pv-state"));
        assertEquals("h1", start.parent().normalName(), "the mark sits inside the page's own heading");
        assertEquals("Hochwasserwarnung für das Tal", page.selectFirst("h1.headline").text());
        long rivers = Api.segmentId(id, 2);
        assertEquals("untranslated", page.selectFirst("[data-pv-start=" + rivers + "]").attr("data-pv-state"));
        assertTrue(page.selectFirst("p").text().contains("Schools stay closed today."), page.html());
        assertNotNull(page.selectFirst("p b"), "inline markup is the page's own");
        assertTrue(page.select("script").isEmpty(), "no script reaches the preview");
        assertFalse(page.selectFirst("p").hasAttr("onclick"));
        assertEquals("https://cdn.example.org/site.css", page.selectFirst("link[rel=stylesheet]").attr("href"),
                "the article's own styles stay, so the page looks as published");
        assertFalse(page.title().chars().anyMatch(c -> c >= 0xE000 && c <= 0xE002), page.title());
        assertFalse(page.selectFirst("img").attr("alt").chars().anyMatch(c -> c >= 0xE000 && c <= 0xE002));
        assertFalse(answer.asString().chars().anyMatch(c -> c >= 0xE000 && c <= 0xE002), "no marker is left");
    }

    @Test
    void otherAnswersStayUnframeableAndAnArticleNotFromHtmlHasNoPage() {
        long id = Api.importArticle("markdown", "# Flood warning\n\nRivers rose overnight.\n");
        Api.addLanguage(id, "de");
        Browser.admin().get("/documents/" + id + "/de/preview/page").then().statusCode(404);
        Response preview = Browser.admin().get("/documents/" + id + "/de/preview");
        preview.then().statusCode(200);
        assertEquals("DENY", preview.header("X-Frame-Options"));
        assertTrue(preview.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
    }
}
