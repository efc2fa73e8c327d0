package org.verso.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A burst of quick jobs queued without a wake-up (as webhook deliveries are, inside the change's transaction) drains
 * at once: a runner asks for the next job as soon as one ends, instead of waiting for its next poll. The runner here
 * polls once an hour and runs a kind no other runner knows, so only that can finish them.
 */
@QuarkusTest
class JobBurstTest {

    @Inject
    JobStore store;

    @Inject
    JobsConfig config;

    @Inject
    ObjectMapper json;

    private JobsConfig pollingHourly() {
        return (JobsConfig) Proxy.newProxyInstance(JobsConfig.class.getClassLoader(), new Class<?>[] {JobsConfig.class},
                (proxy, method, args) -> method.getName().equals("pollInterval") ? Duration.ofHours(1)
                        : method.invoke(config, args));
    }

    /** A quick job of a kind of its own; not a bean, so the application's runner does not know it. */
    static final class BurstJob implements JobHandler<JsonNode> {
        static final String KIND = "test-burst";

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public Class<JsonNode> parametersType() {
            return JsonNode.class;
        }

        @Override
        public String title(JsonNode parameters) {
            return "Test burst";
        }

        @Override
        public Object run(JobContext context, JsonNode parameters) {
            return Map.of("ran", true);
        }

        @Override
        public String resultUrl(JsonNode parameters) {
            return null;
        }

        @Override
        public List<String> describe(JsonNode result) {
            return List.of();
        }
    }

    @Test
    void tenQueuedJobsAllRunAfterOneWakeUp() throws InterruptedException {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(store.create(BurstJob.KIND, "admin", "{}").id);
        }
        JobRunner runner = new JobRunner(store, pollingHourly(), json, List.of(new BurstJob()), "burst-instance");
        runner.start(null);
        try {
            runner.wake();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            long done = 0;
            while (System.nanoTime() < deadline) {
                done = ids.stream().filter(id -> store.find(id).map(job -> "done".equals(job.state)).orElse(false))
                        .count();
                if (done == ids.size()) {
                    break;
                }
                Thread.sleep(50);
            }
            assertEquals(ids.size(), done, "jobs done after one wake-up, with the next poll an hour away");
        } finally {
            runner.stop(null);
        }
    }
}
