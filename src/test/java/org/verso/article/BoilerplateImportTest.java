package org.verso.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verso.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Browser;

/**
 * Issue 19: web-page boilerplate a copied article brings along is skipped and left out of the export at import, the
 * default title is the story's headline, and a skipped segment can be left out of (or kept in) the export by hand.
 */
@QuarkusTest
class BoilerplateImportTest {

    private static final String HEADLINE = "Harbour Town Votes to Rebuild Its Old Pier";
    private static final List<String> CRUFT = List.of("Accessibility links", "Skip to content", "Breaking News",
            "Share", "Print", "Advertisement", "We use cookies to give you the best experience on our website.",
            "By continuing you agree to our cookie policy.", "Related Topics", "More on this story");

    @Test
    void boilerplateLinesAreSkippedAndLeftOutAndSentencesThatMerelyMentionThemAreNot() {
        long id = importText(Api.resource("/articles/harbour-cruft.txt"), null);

        Map<String, Map<String, Object>> bySource = bySource(id);
        for (String cruft : CRUFT) {
            assertEquals(List.of(false, true), flags(bySource.get(cruft)), cruft);
        }
        for (String story : List.of(HEADLINE, "Share prices fell at the fishing cooperative after the vote.",
                "Why Print Still Matters to a Harbour Town", "(Reporting by the harbour desk.)",
                "Breaking news from the harbour now reaches readers online first.")) {
            assertEquals(List.of(true, false), flags(bySource.get(story)), story);
        }
    }

    @Test
    void theDefaultTitleIsTheFirstHeadlineThatIsNotBoilerplateAndATypedTitleWins() {
        String article = Api.resource("/articles/harbour-cruft.txt");

        assertEquals(HEADLINE, title(importText(article, null)));
        assertEquals("Pier vote", title(importText(article, "Pier vote")));
        assertEquals(HEADLINE, title(importHtml()));
        assertEquals("Pier news", title(Api.postDocument(Map.of("sourceLanguage", "en", "format", "markdown",
                "content", "Share\n\n# Pier news\n\nBoats tied up at the pier.\n")).then().statusCode(201).extract()
                .jsonPath().getLong("id")));
        assertEquals("Boats tied up at the pier.", title(Api.postDocument(Map.of("sourceLanguage", "en",
                "content", "Share\n\nBoats tied up at the pier. The town cheered.\n")).then().statusCode(201)
                .extract().jsonPath().getLong("id")));
    }

    @Test
    void theTextExportLeavesTheBoilerplateOutWithItsBlankLines() {
        long id = importText(Api.resource("/articles/harbour-cruft.txt"), null);
        approveAll(id);

        String text = export(id, "txt");

        assertEquals("""
                [de] Harbour Town Votes to Rebuild Its Old Pier

                [de] The town council voted on Tuesday to rebuild the wooden pier that storms broke last winter. \
                [de] Work starts in May.

                [de] Share prices fell at the fishing cooperative after the vote. [de] Traders expect them to \
                recover by summer.

                [de] Why Print Still Matters to a Harbour Town

                [de] The local weekly printed a special edition about the pier. [de] Breaking news from the \
                harbour now reaches readers online first.

                [de] (Reporting by the harbour desk.)
                """, text);
        assertTrue(export(id, "md").contains("# [de] Harbour Town Votes"), "Markdown leaves it out too");
        assertFalse(export(id, "md").contains("Advertisement"));
    }

    @Test
    void theHtmlExportRemovesLeftOutElementsAndTheContainersTheyEmptied() {
        long id = importHtml();
        approveAll(id);

        Document page = Jsoup.parse(export(id, "html"));

        assertEquals(List.of("[de] The town council voted on Tuesday to rebuild the wooden pier.",
                "[de] Share prices fell at the fishing cooperative after the vote."), page.select("p").eachText());
        assertTrue(page.select("ul, li, h2, div.ad").isEmpty(), page.body().html());
        assertEquals("[de] Harbour Town Votes to Rebuild Its Old Pier", page.selectFirst("h1").text());
    }

    @Test
    void oneClickOnTheDocumentPageBringsASegmentBackIntoTranslationAndExport() {
        long id = importText("Share\n\nBoats tied up at the pier.\n", null);
        long share = Api.segmentId(id, 0);

        String row = Browser.admin().viaHtmx().post("/documents/" + id + "/segments/" + share + "/translatable",
                "translatable", "true").then().statusCode(200).extract().asString();

        assertTrue(row.contains("Skip segment 1"), row);
        assertEquals(List.of(true, false), flags(Api.segments(id).get(0)));
    }

    @Test
    void aSkippedSegmentIsLeftOutOrKeptInTheExportByChoice() {
        long id = importText("Harbour notes\n\nPhoto: the harbour desk\n\nBoats tied up at the pier.\n", null);
        long credit = Api.segmentId(id, 1);
        Api.markNotTranslatable(id, credit);
        approveAll(id);
        assertTrue(export(id, "txt").contains("Photo: the harbour desk"), "skipped: exported as it is");

        asAdmin().contentType(ContentType.JSON).body(Map.of("leftOut", true))
                .patch("/api/documents/{id}/segments/{segmentId}", id, credit).then().statusCode(200);
        assertEquals("[de] Harbour notes\n\n[de] Boats tied up at the pier.\n", export(id, "txt"));
        assertTrue(export(id, "xliff").contains("Photo: the harbour desk"), "a bilingual file keeps every unit");

        Browser.admin().post("/documents/" + id + "/segments/" + credit + "/left-out", "leftOut", "false");
        assertTrue(export(id, "txt").contains("Photo: the harbour desk"), "kept in again from the page");
    }

    @Test
    void aNewVersionProposesItsAddedBoilerplateAndKeepsTheFlagsOfKeptSegments() {
        long id = importText("Share\n\nBoats tied up at the pier.\n", null);
        long share = Api.segmentId(id, 0);
        asAdmin().contentType(ContentType.JSON).body(Map.of("translatable", true))
                .patch("/api/documents/{id}/segments/{segmentId}", id, share).then().statusCode(200);

        asAdmin().contentType(ContentType.JSON).body(Map.of("content",
                "Share\n\nBoats tied up at the pier.\n\nAdvertisement\n")).post("/api/documents/{id}/versions", id)
                .then().statusCode(201);

        Map<String, Map<String, Object>> bySource = bySource(id);
        assertEquals(List.of(true, false), flags(bySource.get("Share")), "the person's choice stays");
        assertEquals(List.of(false, true), flags(bySource.get("Advertisement")), "added cruft is proposed");
    }

    @Test
    void aTranslatedSegmentCannotBeLeftOut() {
        long id = importText("Boats tied up at the pier.\n", null);

        String detail = Api.assertProblem(asAdmin().contentType(ContentType.JSON).body(Map.of("leftOut", true))
                .patch("/api/documents/{id}/segments/{segmentId}", id, Api.segmentId(id, 0)), 409)
                .getString("detail");

        assertTrue(detail.contains("Skip it first"), detail);
        assertEquals(List.of(true, false), flags(Api.segments(id).get(0)));
    }

    private static long importText(String content, String title) {
        Map<String, Object> body = new HashMap<>(Map.of("sourceLanguage", "en", "format", "text",
                "content", content));
        if (title != null) {
            body.put("title", title);
        }
        return Api.postDocument(body).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long importHtml() {
        return asAdmin().multiPart("sourceLanguage", "en").multiPart("file", "harbour.html",
                Api.resourceBytes("/articles/harbour-cruft.html"), "text/html").post("/api/documents").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Adds German and approves "[de] " + source for every translatable segment. */
    private static void approveAll(long id) {
        Api.addLanguage(id, "de");
        for (Map<String, Object> segment : Api.segments(id)) {
            if (Boolean.TRUE.equals(segment.get("translatable"))) {
                Api.save(Api.ADMIN, id, "de", ((Number) segment.get("id")).longValue(), "[de] " + segment.get("source"),
                        "APPROVED", 0).then().statusCode(200);
            }
        }
    }

    private static String export(long id, String format) {
        return asAdmin().get("/api/documents/{id}/languages/de/export?format=" + format, id).then().statusCode(200)
                .extract().asString();
    }

    private static String title(long id) {
        return asAdmin().get("/api/documents/{id}", id).jsonPath().getString("title");
    }

    private static Map<String, Map<String, Object>> bySource(long id) {
        Map<String, Map<String, Object>> bySource = new HashMap<>();
        Api.segments(id).forEach(s -> bySource.put((String) s.get("source"), s));
        return bySource;
    }

    /** [translatable, leftOut] */
    private static List<Object> flags(Map<String, Object> segment) {
        return List.of(segment.get("translatable"), segment.get("leftOut"));
    }
}
