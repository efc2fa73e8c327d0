package org.verso.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Browser;

/** The memory in the pages: matches under a segment, the analysis page, the memory page; and other instances' units. */
@QuarkusTest
class MemoryPagesTest {

    @Inject
    MemoryTable table;

    private static String word() {
        return "kv" + Api.letters(10);
    }

    private static long approvedArticle(String sentence, String language, String translation) {
        long doc = Api.importArticle(sentence);
        Api.addLanguage(doc, language);
        long segmentId = Api.segmentId(doc, 0);
        Api.save(Api.ADMIN, doc, language, segmentId, translation, "APPROVED", 0).then().statusCode(200);
        return doc;
    }

    @Test
    void theEditorShowsMatchesWithDifferencesAndUseButtons() {
        String w = word();
        approvedArticle("The festival in " + w + " drew ten thousand visitors.", "ru",
                "Фестиваль в " + w + " собрал десять тысяч гостей.");
        long doc = Api.importArticle("The festival in " + w + " drew twenty thousand visitors.");
        Api.addLanguage(doc, "ru");
        long segmentId = Api.segmentId(doc, 0);
        String url = "/documents/" + doc + "/ru/segments/" + segmentId + "/matches";

        String editor = Browser.admin().get("/documents/" + doc + "/ru").then().statusCode(200).extract().asString();
        assertTrue(editor.contains("hx-get=\"" + url), "each segment loads its matches when entered");
        assertTrue(editor.contains("class=\"concordance-search\""), "the editor has a memory search box");

        String panel = Browser.admin().viaHtmx().get(url).then().statusCode(200).extract().asString();
        assertFalse(panel.contains("<html"), "htmx gets the panel alone");
        assertTrue(panel.contains("<del>ten</del>") && panel.contains("<ins>twenty</ins>"), panel);
        assertTrue(panel.contains("Фестиваль в " + w + " собрал десять тысяч гостей."), panel);
        assertTrue(panel.contains("Ctrl+Shift+1"), panel);

        // Without JavaScript the page's Use button saves the match as a draft.
        String page = Browser.admin().get(url).then().statusCode(200).extract().asString();
        assertTrue(page.contains("<html") && page.contains("name=\"action\" value=\"draft\""), page);
        Browser.admin().post("/documents/" + doc + "/ru/segments/" + segmentId, "text",
                "Фестиваль в " + w + " собрал двадцать тысяч гостей.", "version", "0", "action", "draft")
                .then().statusCode(303);
        assertEquals("DRAFT", Api.translation(doc, "ru", segmentId).get("status"));
    }

    @Test
    void analysisPageAndPretranslateButtonWork() {
        String w = word();
        String sentence = "Schools in " + w + " stay closed on Friday.";
        approvedArticle(sentence, "tg", "Мактабҳо дар " + w + " рӯзи ҷумъа баста мемонанд.");
        long doc = Api.importArticle("A new sentence about " + w + " arrived. " + sentence);
        Api.addLanguage(doc, "uz");

        String analysis = Browser.admin().get("/documents/" + doc + "/uz/analysis").then().statusCode(200).extract()
                .asString();
        assertTrue(analysis.contains("Weighted words") && analysis.contains("Repetitions"), analysis);

        Api.asAdmin().contentType("application/json").body(Map.of("language", "tg"))
                .post("/api/documents/{id}/languages", doc).then().statusCode(201);
        String filled = Browser.admin().post("/documents/" + doc + "/tg/pretranslate").then().statusCode(200)
                .extract().asString();
        assertTrue(filled.contains("Pre-translated 1 segment ("), filled);
        // Same text, other neighbours: a 100% match, filled as FUZZY for a person to confirm.
        assertEquals("FUZZY", Api.translation(doc, "tg", Api.segmentId(doc, 1)).get("status"));
    }

    @Test
    void theMemoryPageSearchesAndListsPairs() {
        String w = word();
        approvedArticle("Wheat prices in " + w + " doubled.", "kk", "Бидай бағасы " + w + " екі есе өсті.");
        String page = Browser.admin().get("/memory?q=" + w + "&source=en&target=kk").then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("Бидай бағасы " + w + " екі есе өсті."), page);
        assertTrue(page.contains("/api/memory/export?source=en&amp;target=kk")
                || page.contains("/api/memory/export?source=en&target=kk"), page);
        String fromEditor = Browser.admin().viaHtmx().get("/memory?q=" + w + "&source=en&target=kk").then()
                .statusCode(200).extract().asString();
        assertFalse(fromEditor.contains("<html"), "the editor's search box gets the results alone");
        assertTrue(fromEditor.contains("id=\"concordance-results\"") && fromEditor.contains("Бидай"), fromEditor);
        String none = Browser.admin().get("/memory?q=" + word() + "&source=en&target=kk").then().statusCode(200)
                .extract().asString();
        assertTrue(none.contains("No unit contains"), none);
        Response bad = Browser.admin().get("/memory?q=x&source=en!!&target=kk");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.asString().contains("<html"), "a readable page, not JSON");
    }

    @Test
    void unitsWrittenByAnotherInstanceAreFoundWithinSeconds() throws InterruptedException {
        String w = word();
        // Another instance writes to the shared table; this one learns of it only through the table.
        QuarkusTransaction.requiringNew().run(() -> table.insert(List.of(new NewUnit("en", "ar",
                "Flights to " + w + " resumed after the storm.", "استؤنفت الرحلات إلى " + w + " بعد العاصفة.", null,
                "file:other-instance.tmx", null, "someone"))));
        String query = "Flights to " + w + " resumed after the long storm.";
        List<Map<String, Object>> found = List.of();
        long deadline = System.currentTimeMillis() + 5_000;
        while (found.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            found = Api.asAdmin().queryParam("q", query).queryParam("source", "en").queryParam("target", "ar")
                    .get("/api/memory/matches").then().statusCode(200).extract().jsonPath().getList("$");
        }
        assertEquals(1, found.size(), "the fuzzy index follows the table");
        assertEquals("file:other-instance.tmx", found.get(0).get("origin"));
    }
}
