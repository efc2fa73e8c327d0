package org.verso.stats;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Browser;
import org.verso.account.User;

/** Document statistics: words per status, per translator and per hour, in JSON and as a page with an SVG chart. */
@QuarkusTest
class StatsApiTest {

    @Test
    void wordsAreCountedPerStatusAndPerTranslator() {
        long id = Api.importArticle("Alpha beta gamma delta.\n\nEpsilon zeta eta.\n\nTheta iota.");
        Api.addLanguage(id, "de");
        Api.User translator = Api.createUser("translator");
        Api.save(translator, id, "de", Api.segmentId(id, 0), "Eins zwei drei vier.", "DRAFT", 0).then().statusCode(200);
        Api.save(translator, id, "de", Api.segmentId(id, 0), "Eins zwei drei vier.", "TRANSLATED", 1)
                .then().statusCode(200);
        Api.save(Api.ADMIN, id, "de", Api.segmentId(id, 1), "Fünf sechs sieben.", "APPROVED", 0).then().statusCode(200);

        JsonPath stats = Api.asAdmin().get("/api/documents/{id}/languages/de/stats", id).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("APPROVED", "NEW", "TRANSLATED"), stats.getList("byStatus.status"));
        assertEquals(List.of(3, 2, 4), stats.getList("byStatus.words"));
        String mine = "byTranslator.find { it.user == '" + translator.username() + "' }.";
        assertEquals(4, stats.getInt(mine + "translatedWords"));
        assertEquals(2, stats.getInt(mine + "saves"));
        assertEquals(4, stats.getInt(mine + "wordsPerHour"));
        assertEquals(4, stats.getList("perHour.words", Integer.class).stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void thePageDrawsTheHoursAsAnSvgChart() {
        long id = Api.importArticle("Alpha beta gamma delta.");
        Api.addLanguage(id, "de");
        Api.save(Api.ADMIN, id, "de", Api.segmentId(id, 0), "Eins zwei drei vier.", "TRANSLATED", 0)
                .then().statusCode(200);
        Browser.admin().get("/documents/" + id + "/stats/de").then().statusCode(200)
                .body(containsString("<svg class=\"chart\""))
                .body(containsString("4 words</title>"))
                .body(containsString("<rect x=\"0\" y=\"0\" width=\"20\" height=\"100\""));
    }
}
