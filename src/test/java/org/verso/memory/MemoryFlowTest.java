package org.verso.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verso.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;

/**
 * Approved translations enter the memory and come back as matches, pre-translations and analysis bands. Every
 * test writes sentences with a word of its own, so the shared database's other units never match.
 */
@QuarkusTest
@TestProfile(PretranslateOnAdd.class)
class MemoryFlowTest {

    private static String word() {
        return "zq" + Api.letters(10);
    }

    private static long approve(long documentId, int ordinal, String language, String text) {
        long segmentId = Api.segmentId(documentId, ordinal);
        int version = ((Number) Api.translation(documentId, language, segmentId).get("version")).intValue();
        Api.save(Api.ADMIN, documentId, language, segmentId, text, "APPROVED", version).then().statusCode(200);
        return segmentId;
    }

    private static List<Map<String, Object>> matches(String q, String target) {
        return asAdmin().queryParam("q", q).queryParam("source", "en").queryParam("target", target)
                .get("/api/memory/matches").then().statusCode(200).extract().jsonPath().getList("$");
    }

    @Test
    void anApprovedTranslationIsAnExactMatchWithItsOrigin() {
        String w = word();
        String sentence = "The mayor of " + w + " opened the new bridge on Monday.";
        long doc = Api.importArticle(sentence + "\n\nA second paragraph follows here.");
        Api.addLanguage(doc, "ru");
        approve(doc, 0, "ru", "Мэр " + w + " открыл новый мост в понедельник.");

        List<Map<String, Object>> found = matches(sentence, "ru");
        assertEquals(1, found.size(), found.toString());
        assertEquals(100, found.get(0).get("score"));
        assertEquals("Мэр " + w + " открыл новый мост в понедельник.", found.get(0).get("target"));
        assertEquals(sentence, found.get(0).get("source"));
        assertEquals("document:" + doc, found.get(0).get("origin"));
        assertTrue(matches(sentence, "fa").isEmpty(), "another target language has no match");
    }

    @Test
    void aLightlyEditedSentenceIsAFuzzyMatch() {
        String w = word();
        long doc = Api.importArticle("Officials in " + w + " said the river rose by two metres overnight.");
        Api.addLanguage(doc, "tg");
        approve(doc, 0, "tg", "Мақомот дар " + w + " гуфтанд, ки дарё як шаб ду метр баланд шуд.");

        List<Map<String, Object>> found = matches("Officials in " + w + " said the river rose by three metres overnight.", "tg");
        assertEquals(1, found.size(), found.toString());
        int score = (Integer) found.get(0).get("score");
        assertTrue(score >= 70 && score < 100, "one word of twelve changed scores " + score);
        assertTrue(matches("Completely different words about " + word() + " weather.", "tg").isEmpty());
    }

    @Test
    void editingAnApprovedTranslationUpdatesItsUnit() {
        String w = word();
        String sentence = "Prices in " + w + " fell for the third month.";
        long doc = Api.importArticle(sentence);
        Api.addLanguage(doc, "uz");
        long segmentId = approve(doc, 0, "uz", "Narxlar birinchi versiya " + w + ".");
        int version = ((Number) Api.translation(doc, "uz", segmentId).get("version")).intValue();
        Api.save(Api.ADMIN, doc, "uz", segmentId, "Narxlar " + w + " da uchinchi oy tushdi.", "TRANSLATED", version)
                .then().statusCode(200);

        List<Map<String, Object>> found = matches(sentence, "uz");
        assertEquals(1, found.size(), "the unit is updated, not duplicated: " + found);
        assertEquals("Narxlar " + w + " da uchinchi oy tushdi.", found.get(0).get("target"));
    }

    @Test
    void aNewLanguageIsPretranslatedFrom101And100PercentMatches() {
        String w = word();
        String first = "Heavy snow closed the " + w + " pass.";
        String second = "Drivers waited for hours.";
        String third = "The road reopened at " + w + " noon.";
        long earlier = Api.importArticle(first + " " + second + " " + third);
        Api.addLanguage(earlier, "ru");
        approve(earlier, 0, "ru", "Сильный снег закрыл перевал " + w + ".");
        approve(earlier, 2, "ru", "Дорогу открыли в полдень " + w + ".");

        // The same first sentence with the same neighbour (101%), the third with a different one (100%).
        long later = Api.importArticle(first + " " + second + " Something else happened in " + w + ".\n\n" + third);
        Api.addLanguage(later, "ru");

        Map<String, Object> one = Api.translation(later, "ru", Api.segmentId(later, 0));
        assertEquals("TRANSLATED", one.get("status"));
        assertEquals("Сильный снег закрыл перевал " + w + ".", one.get("text"));
        Map<String, Object> four = Api.translation(later, "ru", Api.segmentId(later, 3));
        assertEquals("FUZZY", four.get("status"));
        assertEquals("NEW", Api.translation(later, "ru", Api.segmentId(later, 2)).get("status"));

        List<Map<String, Object>> forFirst = asAdmin()
                .get("/api/documents/{id}/languages/ru/matches/{segmentId}", later, Api.segmentId(later, 0))
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(101, forFirst.get(0).get("score"));

        JsonPath again = asAdmin().post("/api/documents/{id}/languages/ru/pretranslate", later)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(0, again.getInt("segments"), "nothing left to fill: filled segments are no longer NEW");
    }

    @Test
    void analysisCountsRepetitionsAndBandsWithWeights() {
        String w = word();
        String known = "The council of " + w + " approved the budget.";
        long earlier = Api.importArticle(known);
        Api.addLanguage(earlier, "fa");
        approve(earlier, 0, "fa", "شورای " + w + " بودجه را تصویب کرد.");

        long doc = Api.importArticle("Nothing like this was seen in " + w + " before. " + known
                + "\n\nNothing like this was seen in " + w + " before.");
        Api.addLanguage(doc, "kk");
        Api.addLanguage(doc, "fa");
        JsonPath analysis = asAdmin().get("/api/documents/{id}/languages/fa/analysis", doc)
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> bands = new java.util.HashMap<>();
        for (Map<String, Object> band : analysis.<Map<String, Object>>getList("bands")) {
            bands.put((String) band.get("band"), band);
        }
        assertEquals(1, bands.get("repetitions").get("segments"));
        assertEquals(1, ((Number) bands.get("100%").get("segments")).intValue()
                + ((Number) bands.get("101%").get("segments")).intValue());
        assertEquals(1, bands.get("no match").get("segments"));
        int words = analysis.getInt("totalWords");
        assertEquals(words, bands.values().stream().mapToInt(b -> ((Number) b.get("words")).intValue()).sum());
        assertTrue(analysis.getDouble("weightedWords") < words, "repetitions and exact matches weigh less");

        JsonPath kk = asAdmin().get("/api/documents/{id}/languages/kk/analysis", doc).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(1, kk.getInt("bands.find { it.band == 'repetitions' }.segments"));
        assertEquals(2, kk.getInt("bands.find { it.band == 'no match' }.segments"));
    }

    @Test
    void concordanceFindsWordsInSourceAndTarget() {
        String w = word();
        String t = word();
        long doc = Api.importArticle("Farmers near " + w + " expect a late harvest.");
        Api.addLanguage(doc, "ky");
        approve(doc, 0, "ky", "Дыйкандар " + t + " кеч түшүм күтүшөт.");
        for (String q : List.of(w, t.toUpperCase())) {
            List<Map<String, Object>> hits = asAdmin().queryParam("q", q).queryParam("source", "en")
                    .queryParam("target", "ky").get("/api/memory/concordance").then().statusCode(200).extract()
                    .jsonPath().getList("$");
            assertEquals(1, hits.size(), q + ": " + hits);
            assertEquals("document:" + doc, hits.get(0).get("origin"));
        }
    }

    @Test
    void badLookupsAreReadableProblems() {
        Api.assertProblem(asAdmin().queryParam("source", "en").queryParam("target", "ru").get("/api/memory/matches"), 400);
        Api.assertProblem(asAdmin().queryParam("q", "x").queryParam("source", "en").queryParam("target", "ru")
                .queryParam("limit", 0).get("/api/memory/matches"), 400);
        Api.assertProblem(asAdmin().queryParam("q", "x").queryParam("source", "en").queryParam("target", "ru")
                .queryParam("threshold", 101).get("/api/memory/matches"), 400);
        Api.assertProblem(asAdmin().queryParam("q", "x").queryParam("source", "en!!").queryParam("target", "ru")
                .get("/api/memory/matches"), 400);
        Api.assertProblem(asAdmin().queryParam("q", "x").queryParam("target", "ru").get("/api/memory/concordance"), 400);
        long doc = Api.importArticle("One sentence only.");
        Api.assertProblem(asAdmin().get("/api/documents/{id}/languages/ru/analysis", doc), 404);
        Api.addLanguage(doc, "ru");
        Api.assertProblem(asAdmin().get("/api/documents/{id}/languages/ru/matches/{segmentId}", doc, 999_999_999L), 404);
    }
}
