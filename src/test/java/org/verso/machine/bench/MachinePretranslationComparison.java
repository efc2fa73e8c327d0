package org.verso.machine.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.verso.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.machine.MachineEngines;

/**
 * Pre-translating a 500-segment English article into Spanish through the real Apertium APy, through the API:
 * first with an empty cache (every segment goes to APy), then a second article with the same sentences (every
 * segment comes from the cache). Writes {@code target/benchmarks/machine-pretranslation.md}; asserts no timing.
 */
@Tag("benchmark")
@QuarkusTest
@TestProfile(MachineEngines.class)
class MachinePretranslationComparison {

    private static final String[] ADJECTIVES = {"red", "old", "small", "new", "quiet", "white", "long", "cold",
        "green", "dark"};
    private static final String[] NOUNS = {"house", "car", "river", "city", "school", "door", "road", "garden",
        "bridge", "market"};
    private static final String[] VERBS = {"is near the station", "stays closed today", "looks beautiful",
        "needs a new roof", "was built last year"};

    @Test
    void pretranslatesFiveHundredSegments() throws Exception {
        MachineEngines.requireApertium();
        String article = article();
        double cold = pretranslate(article);
        double cached = pretranslate(article);
        String report = "| Run (500 segments, en → es, Apertium APy) | Seconds | Segments/s |\n|---|---:|---:|\n"
                + row("cold cache: every segment sent to APy", cold) + row("warm cache: no request to APy", cached);
        Path out = Path.of("target/benchmarks/machine-pretranslation.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println(report);
    }

    private static String article() {
        StringBuilder text = new StringBuilder();
        int n = 0;
        for (String adjective : ADJECTIVES) {
            for (String noun : NOUNS) {
                for (String verb : VERBS) {
                    text.append("The ").append(adjective).append(' ').append(noun).append(' ').append(verb)
                            .append(++n % 5 == 0 ? ".\n\n" : ". ");
                }
            }
        }
        return text.toString();
    }

    private static double pretranslate(String article) {
        long id = Api.importArticle(article);
        Api.addLanguage(id, "es");
        long start = System.nanoTime();
        JsonPath result = asAdmin().post("/api/documents/{id}/languages/es/pretranslate?mt=true", id).then()
                .statusCode(200).extract().jsonPath();
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(500, result.getInt("bands.find { it.band == 'MT' }.segments"));
        return seconds;
    }

    private static String row(String run, double seconds) {
        return String.format(Locale.ROOT, "| %s | %.1f | %.0f |%n", run, seconds, 500 / seconds);
    }
}
