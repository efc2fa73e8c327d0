package org.verso.machine;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verso.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.verso.Api;
import org.verso.web.Browser;

/**
 * English → Spanish through a real Apertium APy (apertium-eng-spa), bound to 127.0.0.1. Without APy these tests
 * fail with the reason; a developer may leave them out with {@code -DexcludedGroups=benchmark,apertium}.
 * The last test takes the server off the network, so it runs last.
 */
@Tag("once") // its subject is not the database: run in the H2 pass only (.ci/run)
@QuarkusTest
@TestProfile(MachineEngines.class)
@Tag("apertium")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApertiumTest {

    @BeforeAll
    static void apertiumRuns() {
        MachineEngines.requireApertium();
    }

    @AfterAll
    static void apertiumBack() {
        MachineEngines.apertiumUp(true);
    }

    @Test
    @Order(1)
    void apertiumOffersEnglishToSpanish() {
        JsonPath providers = asAdmin().get("/api/mt/providers").then().statusCode(200).extract().jsonPath();

        assertEquals(true, providers.getBoolean("find { it.id == 'apertium' }.available"));
        assertTrue(providers.getList("find { it.id == 'apertium' }.pairs").contains(List.of("en", "es")));
        assertEquals("Apertium", providers.getString("find { it.id == 'apertium' }.name"));
    }

    @Test
    @Order(2)
    void englishSentencesComeBackInSpanish() {
        assertEquals(List.of(Map.of("provider", "apertium", "text", "La casa roja es grande.")),
                translate("The red house is big."));
        assertEquals(List.of(Map.of("provider", "apertium", "text", "El perro come pan.")),
                translate("The dog eats bread."));
    }

    @Test
    @Order(3)
    void inlineCodesAndPlaceholdersSurviveApertium() {
        assertEquals(List.of(Map.of("provider", "apertium", "text", "La <1>casa roja</1> es grande {0}.")),
                translate("The <1>red house</1> is big {0}."));
    }

    @Test
    @Order(4)
    void theEditorShowsApertiumAfterTheMemoryMatchesNumberedOn() {
        long id = Api.importArticle("The white cat is small.");
        Api.addLanguage(id, "es");
        long segment = Api.segmentId(id, 0);

        String panel = Browser.admin().viaHtmx().get("/documents/" + id + "/es/segments/" + segment + "/mt?first=3")
                .then().statusCode(200).extract().asString();

        assertTrue(panel.contains("El gato blanco es pequeño."), panel);
        assertTrue(panel.contains("data-n=\"3\""), panel);
        assertTrue(panel.contains("Ctrl+Shift+3"), panel);
        assertTrue(panel.contains("Machine translation · apertium"), panel);
    }

    @Test
    @Order(5)
    void theMemoryPanelLoadsMachineTranslationLazily() {
        long id = Api.importArticle("The green tree grows.");
        Api.addLanguage(id, "es");
        long segment = Api.segmentId(id, 0);

        Browser.admin().viaHtmx().get("/documents/" + id + "/es/segments/" + segment + "/matches").then()
                .statusCode(200).body(containsString("hx-trigger=\"load\""),
                        containsString("hx-request='{\"timeout\": 20000}'"),
                        containsString("data-unavailable=\"MT unavailable\""),
                        containsString("hx-on::timeout=\"this.textContent=this.dataset.unavailable\""),
                        containsString("/segments/" + segment + "/mt?status=all&amp;page=1&amp;first=1"),
                        not(containsString("El árbol verde")));
    }

    @Test
    @Order(6)
    void aSmallArticleIsPreTranslatedAsFuzzyMachineText() {
        long id = Api.importArticle("The red house is big. The dog eats bread.\n\nThe white cat is small.");
        Api.addLanguage(id, "es");

        JsonPath result = asAdmin().post("/api/documents/{id}/languages/es/pretranslate?mt=true", id).then()
                .statusCode(200).extract().jsonPath();

        assertEquals(3, result.getInt("bands.find { it.band == 'MT' }.segments"));
        assertEquals(List.of("La casa roja es grande.", "El perro come pan.", "El gato blanco es pequeño."),
                List.of(0, 1, 2).stream().map(i -> Api.translation(id, "es", Api.segmentId(id, i)).get("text"))
                        .toList());
        assertEquals("FUZZY", Api.translation(id, "es", Api.segmentId(id, 2)).get("status"));
        assertEquals(3, asAdmin().get("/api/documents/{id}/languages/es/analysis", id).then().statusCode(200)
                .extract().jsonPath().getInt("bands.find { it.band == 'MT' }.segments"));
        assertEquals("Pre-translated by machine translation (apertium)", asAdmin()
                .get("/api/documents/{id}/languages/es/translations/{s}/revisions", id, Api.segmentId(id, 0))
                .then().statusCode(200).extract().jsonPath().getString("[-1].comment"));
    }

    @Test
    @Order(99)
    void aStoppedServerGivesMtUnavailableAndNoErrorPage() {
        long id = Api.importArticle("The " + Api.letters(8) + " house is small.");
        Api.addLanguage(id, "es");
        long segment = Api.segmentId(id, 0);
        MachineEngines.apertiumUp(false);

        Browser.admin().viaHtmx().get("/documents/" + id + "/es/segments/" + segment + "/mt?first=1").then()
                .statusCode(200).body(containsString("MT unavailable"), containsString("Apertium"));
        Browser.admin().get("/documents/" + id + "/es/segments/" + segment + "/mt").then()
                .statusCode(200).body(containsString("MT unavailable"));
        asAdmin().get("/api/documents/{id}/languages/es/matches/{s}", id, segment).then().statusCode(200);
        JsonPath problem = Api.assertProblem(
                asAdmin().post("/api/documents/{id}/languages/es/pretranslate?mt=true", id), 503);
        assertTrue(problem.getString("detail").contains("memory matches were filled"), problem.prettify());
    }

    private static List<Map<String, Object>> translate(String text) {
        return asAdmin().queryParam("q", text).queryParam("source", "en").queryParam("target", "es")
                .get("/api/mt/translate").then().statusCode(200).extract().jsonPath().getList("$");
    }
}
