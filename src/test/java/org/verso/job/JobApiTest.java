package org.verso.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.account.User;

/** GET /api/jobs, GET /api/jobs/{id} and POST /api/jobs/{id}/cancel: shapes, who sees what, cancelling. */
@QuarkusTest
class JobApiTest {

    private static final Set<String> FIELDS = Set.of("id", "kind", "state", "done", "total", "message", "result",
            "error", "createdAt", "startedAt", "finishedAt");

    @Inject
    JobService jobs;

    @Inject
    JobStore store;

    @Test
    void aJobHasExactlyTheDocumentedFields() {
        SteppingJob.STEPS.release(1);
        long id = jobs.submit(SteppingJob.KIND, "admin", Map.of("steps", 1)).id();
        JsonPath job = Jobs.awaitEnd(Api.ADMIN, id);
        Map<String, Object> fields = job.getMap("$");
        assertEquals(FIELDS, fields.keySet());
        assertEquals("done", job.getString("state"));
        assertEquals(1, job.getInt("done"));
        assertEquals(1, job.getInt("total"));
        assertEquals(1, job.getInt("result.steps"));
        assertNotNull(job.getString("finishedAt"));
    }

    @Test
    void aRunningJobStopsAtItsNextStepWhenCancelledAndKeepsWhatItDid() {
        long id = jobs.submit(SteppingJob.KIND, "admin", Map.of("steps", 5)).id();
        Jobs.awaitState(Api.ADMIN, id, "running");
        JsonPath asked = Api.asAdmin().post("/api/jobs/{id}/cancel", id).then().statusCode(200).extract().jsonPath();
        assertEquals("running", asked.getString("state"), "it finishes the step it is in");
        SteppingJob.STEPS.release(1);
        JsonPath job = Jobs.awaitEnd(Api.ADMIN, id);
        assertEquals("cancelled", job.getString("state"));
        assertEquals(1, job.getInt("done"));
        assertEquals(1, job.getInt("result.steps"), "the result says how far it got");
        assertTrue(job.getString("message").contains("1 of 5 units"), job.getString("message"));
    }

    @Test
    void aQueuedJobIsCancelledAtOnceAndAnEndedOneCannotBe() {
        long id = store.create("unclaimed-" + Api.letters(6), "admin", "{}").id;
        assertEquals("cancelled", Api.asAdmin().post("/api/jobs/{id}/cancel", id).then().statusCode(200).extract()
                .jsonPath().getString("state"));
        Api.assertProblem(Api.asAdmin().post("/api/jobs/{id}/cancel", id), 409);
    }

    @Test
    void peopleSeeOnlyTheirOwnJobsAndAdminsSeeEveryone() {
        Api.User owner = Api.createUser("translator");
        Api.User other = Api.createUser("translator");
        long id = store.create("unclaimed-" + Api.letters(6), owner.username(), "{}").id;

        assertEquals(200, owner.request().get("/api/jobs/{id}", id).statusCode());
        Api.assertProblem(other.request().get("/api/jobs/{id}", id), 404);
        Api.assertProblem(other.request().post("/api/jobs/{id}/cancel", id), 404);
        assertEquals("queued", owner.request().get("/api/jobs/{id}", id).then().extract().jsonPath()
                .getString("state"), "someone else's cancel changed nothing");

        List<Integer> mine = owner.request().get("/api/jobs").then().statusCode(200).extract().jsonPath()
                .getList("id", Integer.class);
        assertEquals(List.of((int) id), mine);
        assertTrue(other.request().get("/api/jobs").then().statusCode(200).extract().jsonPath().getList("id")
                .isEmpty());
        assertTrue(Api.asAdmin().get("/api/jobs").then().statusCode(200).extract().jsonPath()
                .getList("id", Integer.class).contains((int) id));
    }

    @Test
    void theJobCallsAreInTheOpenApiDocument() {
        String openapi = Api.asAdmin().get("/q/openapi").then().statusCode(200).extract().asString();
        assertTrue(openapi.contains("/api/jobs/{id}/cancel:"), openapi);
        assertTrue(openapi.contains("JobView"), openapi);
    }

    @Test
    void aMissingJobIsAProblemAndAnonymousCallersAreRefused() {
        Api.assertProblem(Api.asAdmin().get("/api/jobs/{id}", Long.MAX_VALUE), 404);
        assertEquals(401, io.restassured.RestAssured.given().get("/api/jobs").statusCode());
    }
}
