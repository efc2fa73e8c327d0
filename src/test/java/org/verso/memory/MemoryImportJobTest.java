package org.verso.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.job.JobStore;
import org.verso.job.Jobs;
import org.verso.web.Browser;

/** Memory imports as background jobs: 202 and the job, progress in whole batches, cancel, resume, the pages. */
@QuarkusTest
class MemoryImportJobTest {

    @Inject
    MemoryImport imports;

    @Inject
    JobStore store;

    /** A TMX of {@code units} en→ru units whose sources all contain {@code word}. */
    private static String tmx(String word, int units) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < units; i++) {
            String n = number(i);
            body.append("<tu><tuv xml:lang=\"en\"><seg>Unit ").append(n).append(" of ").append(word)
                    .append(".</seg></tuv><tuv xml:lang=\"ru\"><seg>Единица ").append(n).append(' ').append(word)
                    .append(".</seg></tuv></tu>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"VersoTest\" "
                + "creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"test\" adminlang=\"en\" srclang=\"en\" "
                + "datatype=\"plaintext\"/><body>\n" + body + "</body></tmx>\n";
    }

    /** A unit number spelled in letters (aaa, aab, …): test sentences carry no digits. */
    private static String number(int i) {
        char[] letters = new char[4];
        for (int k = 3; k >= 0; k--) {
            letters[k] = (char) ('a' + i % 26);
            i /= 26;
        }
        return new String(letters);
    }

    private static boolean inMemory(String source) {
        return !Api.asAdmin().queryParam("q", source).queryParam("source", "en").queryParam("target", "ru")
                .queryParam("threshold", 100).get("/api/memory/matches").then().statusCode(200).extract()
                .jsonPath().getList("$").isEmpty();
    }

    private static Response uploadAsync(String name, String content) {
        return Api.asAdmin().multiPart("file", name, content.getBytes(StandardCharsets.UTF_8),
                "application/octet-stream").queryParam("async", true).post("/api/memory/import");
    }

    @Test
    void anAsyncImportAnswersAcceptedWithTheJobAndItsResultIsTheImportReport() {
        String word = "qx" + Api.letters(10);
        Response accepted = uploadAsync("async-" + word + ".tmx", tmx(word, 3));
        assertEquals(202, accepted.statusCode(), accepted.asString());
        assertEquals("memory-import", accepted.jsonPath().getString("kind"));
        long id = Jobs.idFromLocation(accepted);
        assertEquals(id, accepted.jsonPath().getLong("id"));

        JsonPath job = Jobs.awaitEnd(Api.ADMIN, id);
        assertEquals("done", job.getString("state"), job.prettify());
        assertEquals(3, job.getInt("result.imported"));
        assertEquals(3, job.getInt("done"));
        assertEquals(3, job.getInt("total"));
        assertTrue(inMemory("Unit " + number(2) + " of " + word + "."));
        assertFalse(Files.exists(Path.of(store.find(id).orElseThrow().parameters.replaceAll(".*\"file\":\"([^\"]+)\".*",
                "$1"))), "the kept upload is deleted once the job ended");
    }

    @Test
    void aBrokenFileFailsItsJobWithTheLineAndStoresNothing() {
        String word = "qx" + Api.letters(10);
        String cut = tmx(word, 2).replace("</body></tmx>", "");
        JsonPath job = Jobs.awaitEnd(Api.ADMIN, Jobs.idFromLocation(uploadAsync("cut.tmx", cut)));
        assertEquals("failed", job.getString("state"));
        assertTrue(job.getString("error").contains("line"), job.prettify());
        assertFalse(inMemory("Unit " + number(0) + " of " + word + "."));
    }

    @Test
    void aRequestThatCannotWorkIsRefusedBeforeAnythingIsQueued() {
        String po = "msgid \"Open\"\nmsgstr \"Откройте\"\n";
        Api.assertProblem(uploadAsync("catalog.po", po), 400);
    }

    @Test
    void stoppingAnImportKeepsWholeBatchesAndImportingAgainResumesIt() throws IOException {
        String word = "qx" + Api.letters(10);
        int units = 2 * MemoryImport.BATCH + 7;
        Path file = Files.createTempFile("resume", ".tmx");
        Files.writeString(file, tmx(word, units));
        List<long[]> heard = new ArrayList<>();
        ImportReport stopped = imports.importFile(file, "resume.tmx", null, null, "admin", (done, total) -> {
            heard.add(new long[] {done, total});
            return false;
        });
        assertEquals(MemoryImport.BATCH, stopped.imported(), "exactly the first whole batch is stored");
        assertEquals(1, heard.size());
        assertEquals(MemoryImport.BATCH, heard.get(0)[0]);
        assertEquals(units, heard.get(0)[1]);
        assertTrue(inMemory("Unit " + number(MemoryImport.BATCH - 1) + " of " + word + "."));
        assertFalse(inMemory("Unit " + number(MemoryImport.BATCH) + " of " + word + "."));

        ImportReport resumed = imports.importFile(file, "resume.tmx", null, null, "admin");
        assertEquals(units - MemoryImport.BATCH, resumed.imported(), "the rest, and nothing twice");
        assertEquals(MemoryImport.BATCH, resumed.skipped());
        assertTrue(inMemory("Unit " + number(units - 1) + " of " + word + "."));
        Files.delete(file);
    }

    @Test
    void theImportFormLeadsToTheJobPageWhichFollowsItUntilItLinksToTheMemory() {
        String word = "qx" + Api.letters(10);
        Browser browser = Browser.admin();
        Response posted = browser.postMultipart("/memory/import", "file", tmx(word, 2));
        assertEquals(303, posted.statusCode(), posted.asString());
        String page = Browser.locationPath(posted);
        assertTrue(page.matches("/jobs/\\d+"), page);
        Jobs.awaitEnd(Api.ADMIN, Long.parseLong(page.substring("/jobs/".length())));

        String html = browser.get(page).then().statusCode(200).extract().asString();
        assertTrue(html.contains("2 units imported"), html);
        assertTrue(html.contains("href=\"/memory\""), html);
        assertFalse(html.contains("hx-trigger=\"every 1s\""), "a finished job is not polled any more");
        String fragment = browser.viaHtmx().get(page).then().statusCode(200).extract().asString();
        assertFalse(fragment.contains("<html"), "htmx gets the progress fragment only");
        assertTrue(fragment.contains("id=\"job-progress\""), fragment);
        assertTrue(browser.get("/jobs").then().statusCode(200).extract().asString().contains("href=\"" + page + "\""));
    }
}
