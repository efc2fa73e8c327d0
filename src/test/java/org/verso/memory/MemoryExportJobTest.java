package org.verso.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.job.Jobs;
import org.verso.account.User;

/** The memory's TMX export as a background job (?async=true) and its download. */
@QuarkusTest
class MemoryExportJobTest {

    @Test
    void anAsyncExportWritesEveryUnitOfThePairIntoTheDownload() {
        StringBuilder tmx = new StringBuilder("<?xml version=\"1.0\"?><tmx version=\"1.4\"><header creationtool=\"t\" "
                + "creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"en\" "
                + "datatype=\"plaintext\"/><body>");
        for (int i = 0; i < 3; i++) {
            String word = Api.letters(12);
            tmx.append("<tu><tuv xml:lang=\"en\"><seg>The ").append(word).append(" sailed.</seg></tuv>")
                    .append("<tuv xml:lang=\"gd\"><seg>Sheòl an ").append(word).append(".</seg></tuv></tu>");
        }
        Api.asAdmin().multiPart("file", "gaelic.tmx", tmx.append("</body></tmx>").toString()
                .getBytes(StandardCharsets.UTF_8), "application/xml").post("/api/memory/import").then().statusCode(200);
        int units = countUnits(Api.asAdmin().queryParam("source", "en").queryParam("target", "gd")
                .get("/api/memory/export").then().statusCode(200).extract().asString());
        Api.User reader = Api.createUser("translator");

        Response accepted = reader.request().queryParam("source", "en").queryParam("target", "gd")
                .queryParam("async", true).get("/api/memory/export");
        assertEquals(202, accepted.statusCode(), accepted.asString());
        JsonPath job = Jobs.awaitEnd(reader, Jobs.idFromLocation(accepted));

        assertEquals("done", job.getString("state"), job.prettify());
        assertTrue(units >= 3, "units: " + units);
        assertEquals(List.of((long) units, (long) units), List.of(job.getLong("done"), job.getLong("total")));
        assertEquals(units, job.getLong("result.units"));
        assertEquals("memory-en-gd.tmx", job.getString("result.fileName"));
        String file = reader.request().get(job.getString("result.download")).then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("memory-en-gd.tmx"))
                .extract().asString();
        assertEquals(units, countUnits(file));
    }

    @Test
    void aMissingLanguageIsRefusedBeforeAnythingIsQueued() {
        Api.User reader = Api.createUser("translator");
        Api.assertProblem(reader.request().queryParam("source", "en").queryParam("async", true)
                .get("/api/memory/export"), 400);
        assertEquals(List.of(), reader.request().get("/api/jobs").then().statusCode(200).extract().jsonPath()
                .getList("$"));
    }

    private static int countUnits(String tmx) {
        return tmx.split("<tu[ >]", -1).length - 1;
    }
}
