package org.verso.machine;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verso.Api.asAdmin;
import static org.verso.Api.letters;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.verso.Api;
import org.verso.web.Browser;
import org.verso.account.User;

/**
 * The machine translation API and pre-translation against stub LibreTranslate (en → de) and DeepL (en → fr)
 * servers, which answer "[de] text" / "[fr] text" and log every request.
 */
@QuarkusTest
@TestProfile(MachineEngines.class)
@Tag("once") // its subject is not the database: run in the H2 pass only (.ci/run)
class MachineTranslationApiTest {

    @Test
    void providersListEveryConfiguredEngineWithThePairsItOffers() {
        JsonPath providers = asAdmin().get("/api/mt/providers").then().statusCode(200).extract().jsonPath();

        assertEquals("LibreTranslate", providers.getString("find { it.id == 'libretranslate' }.name"));
        assertEquals(List.of(List.of("en", "de"), List.of("de", "en")),
                providers.getList("find { it.id == 'libretranslate' }.pairs"));
        assertEquals(true, providers.getBoolean("find { it.id == 'libretranslate' }.available"));
        assertEquals(List.of(List.of("en", "fr")), providers.getList("find { it.id == 'deepl' }.pairs"));
        assertEquals(List.of("apertium", "libretranslate", "deepl"), providers.getList("id"));
    }

    @Test
    void translateAsksEachEngineOfferingThePairAndKeepsCodesAndPlaceholders() {
        String text = "Press <1>" + letters(8) + "</1> for {0} and %s<2/>";

        List<Map<String, Object>> out = asAdmin().queryParam("q", text).queryParam("source", "en")
                .queryParam("target", "de").get("/api/mt/translate").then().statusCode(200).extract().jsonPath()
                .getList("$");

        assertEquals(List.of(Map.of("provider", "libretranslate", "text", "[de] " + text)), out);
        String sent = MachineEngines.requests("libretranslate").stream()
                .filter(r -> r.contains(text.substring(9, 17))).findFirst().orElseThrow();
        assertTrue(sent.contains("Press <g id=\\\"1\\\">"), sent);
        assertTrue(sent.contains("for <x id=\\\"1\\\"/> and <x id=\\\"2\\\"/><x id=\\\"3\\\"/>"), sent);
    }

    @Test
    void aRepeatedTextIsAnsweredFromTheCacheWithoutAskingTheEngine() {
        String text = "The " + letters(10) + " again.";
        translate(text, "fr");
        long asked = translateRequests("deepl");

        List<String> again = translate(text, "fr");

        assertEquals(List.of("[fr] " + text), again);
        assertEquals(asked, translateRequests("deepl"));
    }

    @Test
    void aPairNoEngineOffersGivesAnEmptyList() {
        assertEquals(List.of(), translate("Nothing " + letters(6), "fi"));
    }

    @Test
    void missingTextOrBadLanguageIsAProblemNotAnError() {
        Api.assertProblem(asAdmin().queryParam("source", "en").queryParam("target", "de").get("/api/mt/translate"),
                400);
        Api.assertProblem(asAdmin().queryParam("q", "Hello").queryParam("source", "en").queryParam("target", "x!")
                .get("/api/mt/translate"), 400);
    }

    @Test
    void memoryMatchesListMachineSuggestionsWithTheirOrigin() {
        String sentence = "The " + letters(9) + " stays home.";
        long id = Api.importArticle(sentence);
        Api.addLanguage(id, "de");

        List<Map<String, Object>> matches = asAdmin()
                .get("/api/documents/{id}/languages/de/matches/{segmentId}", id, Api.segmentId(id, 0))
                .then().statusCode(200).extract().jsonPath().getList("$");

        assertEquals(1, matches.size());
        assertEquals("mt:libretranslate", matches.get(0).get("origin"));
        assertEquals("[de] " + sentence, matches.get(0).get("target"));
    }

    @Test
    void preTranslationSendsTheDocumentInOneBatchAndFillsFuzzyMachineText() {
        String first = "The " + letters(8) + " opens.";
        String second = "A " + letters(8) + " closes.";
        long id = Api.importArticle(first + " " + second + "\n\n" + first);
        Api.addLanguage(id, "fr");
        long before = translateRequests("deepl");

        JsonPath result = asAdmin().post("/api/documents/{id}/languages/fr/pretranslate?mt=true", id)
                .then().statusCode(200).extract().jsonPath();

        assertEquals(3, result.getInt("bands.find { it.band == 'MT' }.segments"));
        assertEquals("FUZZY", result.getString("bands.find { it.band == 'MT' }.status"));
        assertEquals(before + 1, translateRequests("deepl"), "one request for the document");
        Map<String, Object> filled = Api.translation(id, "fr", Api.segmentId(id, 2));
        assertEquals("[fr] " + first, filled.get("text"));
        assertEquals("FUZZY", filled.get("status"));
    }

    @Test
    void analysisCountsMachineTextInTheMtBandUntilSomeoneSavesIt() {
        long id = Api.importArticle("The " + letters(8) + " runs. The " + letters(8) + " walks.");
        Api.addLanguage(id, "fr");
        asAdmin().post("/api/documents/{id}/languages/fr/pretranslate?mt=true", id).then().statusCode(200);
        long segment = Api.segmentId(id, 0);
        Api.save(Api.ADMIN, id, "fr", segment, "Le texte revu.", "TRANSLATED", 1).then().statusCode(200);

        JsonPath analysis = asAdmin().get("/api/documents/{id}/languages/fr/analysis", id).then().statusCode(200)
                .extract().jsonPath();

        assertEquals(1, analysis.getInt("bands.find { it.band == 'MT' }.segments"));
        assertEquals(1, analysis.getInt("bands.find { it.band == 'no match' }.segments"));
    }

    @Test
    void preTranslationWithoutAnEngineForThePairIsUnavailable() {
        long id = Api.importArticle("The " + letters(8) + " sleeps.");
        Api.addLanguage(id, "fi");

        JsonPath problem = Api.assertProblem(
                asAdmin().post("/api/documents/{id}/languages/fi/pretranslate?mt=true", id), 503);

        assertTrue(problem.getString("detail").contains("No machine translation engine offers en → fi"));
    }

    @Test
    void theOpenApiDocumentDescribesTheMachineTranslationCalls() {
        asAdmin().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/api/mt/providers"), containsString("/api/mt/translate"),
                        containsString("Machine translation"));
    }

    @Test
    void adminsSeeTheEnginesAndTheirPairs() {
        Browser.admin().get("/machine-translation").then().statusCode(200)
                .body(containsString("LibreTranslate"), containsString("en → de"), containsString("DeepL"));
    }

    @Test
    void theAnalysisPageOffersMachinePreTranslationAndShowsTheMtBand() {
        long id = Api.importArticle("The " + letters(8) + " swims.");
        Api.addLanguage(id, "fr");
        Browser admin = Browser.admin();
        admin.get("/documents/" + id + "/fr/analysis").then().statusCode(200)
                .body(containsString("Pre-translate from memory, then with machine translation"));

        String page = admin.post("/documents/" + id + "/fr/pretranslate", "mt", "true").then().statusCode(200)
                .extract().asString();

        assertTrue(page.contains("1 × MT as FUZZY"), page);
        assertTrue(page.contains("<td>Machine translation</td><td>1</td>"), page);
    }

    @Test
    void onlyAdminsSeeTheEnginePage() {
        Api.User translator = Api.createUser("translator");

        Browser.loggedInAs(translator.username(), translator.password()).get("/machine-translation").then()
                .statusCode(403);
    }

    private static List<String> translate(String text, String target) {
        return asAdmin().queryParam("q", text).queryParam("source", "en").queryParam("target", target)
                .get("/api/mt/translate").then().statusCode(200).extract().jsonPath().getList("text");
    }

    private static long translateRequests(String stub) {
        return MachineEngines.requests(stub).stream().filter(r -> r.contains("translate,")).count();
    }
}
