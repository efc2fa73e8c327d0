package org.verso.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.verso.Api;
import org.verso.job.Jobs;
import org.verso.web.Browser;
import org.verso.account.User;

/**
 * The files finished export jobs keep count against their owner (verso.jobs.max-stored-bytes-per-user, here one
 * byte so one export fills it): another export job is 429 until a file is deleted.
 */
@QuarkusTest
@TestProfile(StoredJobFilesQuotaTest.OneByte.class)
@Tag("once") // its subject is not the database: run in the H2 pass only (.ci/run)
class StoredJobFilesQuotaTest {

    public static class OneByte implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("verso.jobs.max-stored-bytes-per-user", "1");
        }
    }

    @Test
    void aFullShelfRefusesTheNextExportUntilAFileIsDeleted() {
        long doc = LongDocuments.translatedIntoGerman(2);
        Api.User user = Api.createUser("admin");
        long first = Jobs.idFromLocation(export(user, doc));
        assertEquals("done", Jobs.awaitEnd(user, first).getString("state"));

        String detail = Api.assertProblem(export(user, doc), 429).getString("detail");
        assertTrue(detail.contains("Delete downloads you no longer need"), detail);
        assertEquals(202, export(Api.createUser("admin"), doc).statusCode(), "someone else's files do not count");

        user.request().delete("/api/jobs/{id}/download", first).then().statusCode(204);
        Api.assertProblem(user.request().get("/api/jobs/{id}/download", first), 404);
        long second = Jobs.idFromLocation(export(user, doc));
        assertEquals("done", Jobs.awaitEnd(user, second).getString("state"));
    }

    @Test
    void theJobPageDeletesTheFile() {
        long doc = LongDocuments.translatedIntoGerman(2);
        Api.User user = Api.createUser("admin");
        long id = Jobs.idFromLocation(export(user, doc));
        Jobs.awaitEnd(user, id);
        Browser admin = Browser.loggedInAs(user.username(), user.password());
        assertTrue(admin.get("/jobs/" + id).asString().contains("action=\"/jobs/" + id + "/delete-file\""));

        admin.post("/jobs/" + id + "/delete-file").then().statusCode(303);

        String page = admin.get("/jobs/" + id).then().statusCode(200).extract().asString();
        assertFalse(page.contains("/api/jobs/" + id + "/download"), "no link to a file that is gone");
        Api.assertProblem(user.request().get("/api/jobs/{id}/download", id), 404);
    }

    private static Response export(Api.User user, long doc) {
        return user.request().queryParam("format", "xliff").queryParam("partial", true).queryParam("async", true)
                .get("/api/documents/{id}/languages/de/export", doc);
    }
}
