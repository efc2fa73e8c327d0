package org.verso.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.verso.Api;

/** Files that jobs wrote: kept for the retention period, then swept, after which the download is gone. */
@QuarkusTest
class JobResultsTest {

    @Inject
    JobResults results;

    @Inject
    JobsConfig config;

    @Test
    void aFileOlderThanTheRetentionPeriodIsSweptAndItsDownloadIsGone() throws Exception {
        long id = exportJob();
        Path file = results.file(id);
        Api.asAdmin().get("/api/jobs/{id}/download", id).then().statusCode(200);

        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(config.resultRetention())
                .minus(Duration.ofMinutes(1))));
        assertTrue(results.sweep() >= 1);

        assertFalse(Files.exists(file));
        String detail = Api.assertProblem(Api.asAdmin().get("/api/jobs/{id}/download", id), 404)
                .getString("detail");
        assertTrue(detail.contains("retention"), detail);
    }

    @Test
    void aFileWithinTheRetentionPeriodStays() {
        long id = exportJob();
        results.sweep();
        assertTrue(Files.exists(results.file(id)));
    }

    /** A finished memory export job of the admin's. */
    private static long exportJob() {
        long id = Jobs.idFromLocation(Api.asAdmin().queryParam("source", "en").queryParam("target", "ru")
                .queryParam("async", true).get("/api/memory/export"));
        assertEquals("done", Jobs.awaitEnd(Api.ADMIN, id).getString("state"));
        return id;
    }
}
