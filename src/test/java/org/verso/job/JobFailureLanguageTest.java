package org.verso.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;

/**
 * A background job runs without a request, so nobody's language: the failure it stores is English, whoever reads it
 * later and in whatever language (an error detail is put into words when shown, and a stored record is not shown
 * by the failure itself).
 */
@QuarkusTest
class JobFailureLanguageTest {

    @Inject
    JobService jobs;

    @Test
    void aJobsFailureIsStoredInEnglishAndReadTheSameInRussian() {
        long id = jobs.submit(RefusingJob.KIND, "admin", Map.of("document", 31337)).id();
        Jobs.awaitEnd(Api.ADMIN, id);

        JsonPath russian = Api.ADMIN.request().header("Accept-Language", "ru").get("/api/jobs/{id}", id).then()
                .statusCode(200).extract().jsonPath();

        assertEquals(List.of("failed", "There is no document 31337."), List.of(russian.getString("state"),
                russian.getString("error")));
    }
}
