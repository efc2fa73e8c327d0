package org.verso.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;

/**
 * Two instances on one database: this application's runner and a second runner with its own instance id, pool and
 * poller, both claiming from the same job table. Every queued job must run exactly once.
 */
@QuarkusTest
class TwoInstancesTest {

    @Inject
    JobStore store;

    @Inject
    JobsConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    JobService jobs;

    @Test
    void aQueuedJobRunsOnceWhenTwoInstancesPollTheSameTable() {
        JobRunner second = new JobRunner(store, config, json, List.of(new CountingJob()), "second-instance");
        second.start(null);
        try {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                ids.add(jobs.submit(CountingJob.KIND, "admin", Map.of("n", i)).id());
            }
            for (long id : ids) {
                assertEquals("done", Jobs.awaitEnd(Api.ADMIN, id).getString("state"));
                assertEquals(1, CountingJob.RUNS.get(id), "job " + id + " ran once");
            }
        } finally {
            second.stop(null);
        }
    }
}
