package org.verso.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.verso.web.Browser.locationPath;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verso.Api;

/** The dashboard, the import form and the document page, driven the way a browser and htmx drive them. */
@QuarkusTest
class DocumentPagesTest {

    private static final String CITY_GARDENS = """
            Rooftop gardens spread across the old quarter

            Residents planted tomatoes on twelve roofs this spring. The council pays for the soil.

            A beekeeper moved three hives to the library roof.
            """;

    private Browser admin;

    @BeforeEach
    void logInAsAdmin() {
        admin = Browser.admin();
    }

    @Test
    void importFormRedirectsToTheNewDocument() {
        Response response = importThroughTheForm(Newsroom.unique("Gardens"), CITY_GARDENS);

        assertThat(response.statusCode(), is(303));
        assertThat(locationPath(response), matchesPattern("/documents/\\d+"));
    }

    @Test
    void documentPageListsTheImportedSegments() {
        long id = Browser.documentIdFrom(importThroughTheForm(Newsroom.unique("Gardens"), CITY_GARDENS));

        String html = admin.get("/documents/" + id).then().statusCode(200).extract().asString();

        assertThat(html, containsString("Residents planted tomatoes on twelve roofs this spring."));
        assertThat(html, containsString("The council pays for the soil."));
        assertThat(html, containsString("A beekeeper moved three hives to the library roof."));
    }

    @Test
    void aLongDocumentsPageListsItsSegmentsAPageAtATime() {
        StringBuilder article = new StringBuilder("Harbour log\n\n");
        for (int i = 1; i <= 449; i++) {
            article.append("Boat number ").append(Api.letters(6)).append(" came in at dawn.\n\n");
        }
        long id = Api.importArticle(article.toString());
        java.util.List<java.util.Map<String, Object>> segments = Api.segments(id);
        assertThat(segments.size(), is(450));

        String first = admin.get("/documents/" + id).then().statusCode(200).extract().asString();
        String last = admin.get("/documents/" + id + "?page=3").then().statusCode(200).extract().asString();
        String beyond = admin.get("/documents/" + id + "?page=99").then().statusCode(200).extract().asString();

        assertThat(first, containsString("Page 1 of 3 · 450 segments"));
        assertThat(first, containsString("id=\"s" + segments.get(199).get("id") + "\""));
        assertThat(first, not(containsString("id=\"s" + segments.get(200).get("id") + "\"")));
        assertThat(first, containsString("href=\"?page=2#segments\""));
        assertThat(last, containsString("id=\"s" + segments.get(449).get("id") + "\""));
        assertThat(last, not(containsString("id=\"s" + segments.get(399).get("id") + "\"")));
        assertThat(last, not(containsString("rel=\"next\"")));
        assertThat(beyond, containsString("Page 3 of 3"));
    }

    @Test
    void documentPageOffersTheAddLanguageForm() {
        long id = Newsroom.importShortArticle();

        String html = admin.get("/documents/" + id).then().statusCode(200).extract().asString();

        assertThat(html, containsString("action=\"/documents/" + id + "/languages\""));
        assertThat(html, containsString("name=\"language\""));
        assertThat(html, containsString("Add language"));
    }

    @Test
    void addingALanguageThroughTheFormRedirectsBackToTheLanguages() {
        long id = Newsroom.importShortArticle();

        Response response = admin.post("/documents/" + id + "/languages", "language", "fa");

        assertThat(response.statusCode(), is(303));
        assertThat(locationPath(response), equalTo("/documents/" + id + "#languages"));
        assertThat(admin.get("/documents/" + id).asString(), containsString("href=\"/documents/" + id + "/fa\""));
    }

    @Test
    void dashboardShowsTheTitleAndAnAccessibleProgressBar() {
        String title = Newsroom.unique("Gardens");
        long id = Browser.documentIdFrom(importThroughTheForm(title, CITY_GARDENS));
        admin.post("/documents/" + id + "/languages", "language", "fa").then().statusCode(303);

        String html = admin.get("/documents").then().statusCode(200).extract().asString();

        assertThat(html, containsString(">" + title + "</a>"));
        assertThat(html, matchesPattern(Pattern.compile(
                ".*href=\"/documents/" + id + "/fa\".*?role=\"img\" aria-label=\"[^\"]+: 0% approved[^\"]*\".*",
                Pattern.DOTALL)));
    }

    @Test
    void importingEmptyContentShowsAReadable400Page() {
        Response response = importThroughTheForm(Newsroom.unique("Empty"), "");

        assertThat(response.statusCode(), is(400));
        assertThat(response.contentType(), startsWith("text/html"));
        String html = response.asString();
        assertThat(html, containsString("Paste the article or attach it"));
        assertErrorPageInLayout(html);
    }

    @Test
    void unknownDocumentShowsA404PageInTheLayout() {
        Response response = admin.get("/documents/999999999");

        assertThat(response.statusCode(), is(404));
        String html = response.asString();
        assertThat(html, containsString("There is no document 999999999."));
        assertErrorPageInLayout(html);
    }

    @Test
    void skippingASegmentWithThePlainFormRedirectsToItsRowMarkedSkipped() {
        long id = Newsroom.importShortArticle();
        long segment = Newsroom.firstSegment(id);

        Response response = admin.post(segmentFlag(id, segment), "translatable", "false");

        assertThat(response.statusCode(), is(303));
        assertThat(locationPath(response), equalTo("/documents/" + id + "#s" + segment));
        assertThat(rowOf(admin.get("/documents/" + id).asString(), segment), containsString("Skipped"));
    }

    @Test
    void skippingASegmentWithHtmxAnswersOnlyItsRow() {
        long id = Newsroom.importShortArticle();
        long segment = Newsroom.firstSegment(id);

        Response response = admin.viaHtmx().post(segmentFlag(id, segment), "translatable", "false");

        assertThat(response.statusCode(), is(200));
        String html = response.asString().strip();
        assertThat(html, startsWith("<tr id=\"s" + segment + "\""));
        assertThat(html, containsString("Skipped"));
        assertThat(html, not(containsString("<html")));
    }

    private Response importThroughTheForm(String title, String content) {
        return admin.postMultipart("/documents", "title", title, "sourceLanguage", "en", "format", "text",
                "content", content);
    }

    private static String segmentFlag(long documentId, long segmentId) {
        return "/documents/" + documentId + "/segments/" + segmentId + "/translatable";
    }

    /** The document page's table row of one segment. */
    private static String rowOf(String html, long segmentId) {
        int start = html.indexOf("<tr id=\"s" + segmentId + "\"");
        assertThat("row of segment " + segmentId, start >= 0);
        return html.substring(start, html.indexOf("</tr>", start));
    }

    static void assertErrorPageInLayout(String html) {
        assertThat(html, containsString("<html"));
        assertThat(html, containsString("Verso"));
        assertThat(html, not(containsString("Exception")));
        assertThat(html, not(containsString("at org.")));
    }
}
