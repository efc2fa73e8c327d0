package org.verso.replace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.verso.Api;
import org.verso.job.Jobs;
import org.verso.web.Browser;
import org.verso.account.User;
import org.verso.translation.LongDocuments;
import org.verso.translation.Translation;

/** Search and replace as a background job (?async=true): batches, progress, cancel, refusals, the page. */
@QuarkusTest
class ReplaceJobTest {

    /** More than one batch, so the job commits twice. */
    private static final int SEGMENTS = ReplaceJob.BATCH + 50;

    private static final Map<String, Object> HAFEN_TO_KAI = Map.of("find", "Hafen", "replace", "Kai");

    @Test
    void aBackgroundReplaceCommitsEveryBatchInTheNameOfWhoStartedIt() {
        long doc = LongDocuments.translatedIntoGerman(SEGMENTS);
        Api.User translator = LongDocuments.germanTranslator();

        Response accepted = replace(translator, doc, "de", HAFEN_TO_KAI, true);
        assertEquals(202, accepted.statusCode(), accepted.asString());
        assertEquals("replace", accepted.jsonPath().getString("kind"));
        JsonPath job = Jobs.awaitEnd(translator, Jobs.idFromLocation(accepted));

        assertEquals("done", job.getString("state"), job.prettify());
        assertEquals(List.of((long) SEGMENTS, (long) SEGMENTS), List.of(job.getLong("done"), job.getLong("total")));
        assertEquals(SEGMENTS, job.getList("result").size());
        assertTrue(job.getString("result[-1].after").endsWith("erreichten den Kai."), job.getString("result[-1]"));
        long last = Api.segmentId(doc, SEGMENTS - 1);
        assertTrue(((String) Api.translation(doc, "de", last).get("text")).endsWith("den Kai."));
        JsonPath revisions = Api.asAdmin().get("/api/documents/{id}/languages/de/translations/{s}/revisions", doc,
                last).then().statusCode(200).extract().jsonPath();
        assertEquals(translator.username(), revisions.getString("[-1].user"));
        assertEquals("replaced “Hafen” with “Kai”", revisions.getString("[-1].comment"));
    }

    /**
     * The test holds a lock on a segment of the second batch, so the job commits the first batch and then waits;
     * the cancel arrives while it waits, and the job stops once that batch is committed: the third never runs.
     */
    @Test
    void aCancelStopsAtTheNextBatchBoundaryAndKeepsTheBatchesCommitted() {
        long doc = LongDocuments.translatedIntoGerman(450);
        long[] job = new long[1];
        QuarkusTransaction.requiringNew().run(() -> {
            Translation.find("documentId = ?1 and language = 'de' and ordinal = 300", doc)
                    .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
            job[0] = Jobs.idFromLocation(replace(Api.ADMIN, doc, "de", HAFEN_TO_KAI, true));
            Jobs.awaitDone(Api.ADMIN, job[0], ReplaceJob.BATCH);
            Api.asAdmin().post("/api/jobs/{id}/cancel", job[0]).then().statusCode(200);
        });
        JsonPath ended = Jobs.awaitEnd(Api.ADMIN, job[0]);

        assertEquals("cancelled", ended.getString("state"), ended.prettify());
        assertEquals(2 * ReplaceJob.BATCH, ended.getList("result").size());
        assertEquals(2L * ReplaceJob.BATCH, ended.getLong("done"));
        assertTrue(((String) Api.translation(doc, "de", Api.segmentId(doc, 399)).get("text")).endsWith("den Kai."));
        assertTrue(((String) Api.translation(doc, "de", Api.segmentId(doc, 400)).get("text")).endsWith("den Hafen."));
    }

    @Test
    void badInputAndAnUnassignedLanguageAreRefusedBeforeAnythingIsQueued() {
        long doc = LongDocuments.translatedIntoGerman(2);
        Api.addLanguage(doc, "ru");
        Api.User translator = LongDocuments.germanTranslator();

        Api.assertProblem(replace(translator, doc, "de", Map.of("find", "(", "replace", "x", "regex", true), true),
                400);
        Api.assertProblem(replace(translator, doc, "de", Map.of("find", "(H)afen", "replace", "$2", "regex", true),
                true), 400);
        Api.assertProblem(replace(translator, doc, "de", Map.of("find", "Hafen", "replace", "x",
                "statuses", List.of("DONE")), true), 400);
        Api.assertProblem(replace(translator, doc, "de", Map.of("find", "Hafen", "replace", "x", "preview", true),
                true), 400);
        Api.assertProblem(replace(translator, doc, "ru", HAFEN_TO_KAI, true), 403);
        Api.assertProblem(replace(translator, doc, "fr", HAFEN_TO_KAI, true), 404);

        assertEquals(List.of(), translator.request().get("/api/jobs").then().statusCode(200).extract().jsonPath()
                .getList("$"));
    }

    @Test
    void withoutAsyncTheReplaceStillAnswersTheChangedSegments() {
        long doc = LongDocuments.translatedIntoGerman(2);
        JsonPath changed = replace(Api.ADMIN, doc, "de", HAFEN_TO_KAI, false).then().statusCode(200).extract()
                .jsonPath();
        assertEquals(2, changed.getList("segmentId").size());
        assertTrue(changed.getString("[0].after").endsWith("den Kai."));
    }

    @Test
    void thePageReplacesInTheBackgroundAndTheJobPageLinksToTheEditor() {
        long doc = LongDocuments.translatedIntoGerman(2);
        Browser browser = Browser.admin();
        Response posted = browser.post("/documents/" + doc + "/replace/de", "find", "Hafen", "replace", "Kai",
                "action", "background");
        String html = Jobs.pageOnceEnded(browser, posted);
        assertTrue(html.contains("href=\"/documents/" + doc + "/de\""), html);
        assertTrue(html.contains("Replaced in 2 segments"), html);
    }

    /**
     * A runaway expression as a background job: the batch stops at its budget, the job fails with the reason, and
     * since the expression ran before any row was locked, a reviewer's approval in the meantime was never blocked.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aRunawayExpressionFailsTheJobWithTheReasonAndLocksNothing() {
        long doc = LongDocuments.translatedIntoGerman(3);
        long first = Api.segmentId(doc, 0);
        Api.save(Api.ADMIN, doc, "de", first, "a".repeat(40) + "b", "TRANSLATED", version(doc, first))
                .then().statusCode(200);

        long job = Jobs.idFromLocation(replace(Api.ADMIN, doc, "de", Map.of("find", "(.*a){12}$", "replace", "x",
                "regex", true), true));
        long second = Api.segmentId(doc, 1);
        Api.save(Api.ADMIN, doc, "de", second, "Freigegeben, während der Job lief.", "APPROVED", version(doc, second))
                .then().statusCode(200);
        JsonPath ended = Jobs.awaitEnd(Api.ADMIN, job);

        assertEquals("failed", ended.getString("state"), ended.prettify());
        assertTrue(ended.getString("error").contains("too slow") && ended.getString("error").contains("segment 1"),
                ended.getString("error"));
        assertEquals("a".repeat(40) + "b", Api.translation(doc, "de", first).get("text"));
    }

    private static int version(long doc, long segment) {
        return ((Number) Api.translation(doc, "de", segment).get("version")).intValue();
    }

    private static Response replace(Api.User user, long doc, String language, Map<String, Object> body,
                                    boolean async) {
        return user.request().contentType(ContentType.JSON).body(new HashMap<>(body)).queryParam("async", async)
                .post("/api/documents/{id}/languages/{lang}/replace", doc, language);
    }
}
