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
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * How a runner shares its threads. A burst of quick jobs queued without a wake-up (as webhook deliveries are, inside
 * the change's transaction) drains at once: a runner asks for the next job as soon as one ends, instead of waiting
 * for its next poll. Jobs that may hang (a delivery to a receiver that never answers) leave a thread to the others.
 * The runners here poll once an hour and run kinds no other runner knows, so only they can finish these jobs.
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
    static class BurstJob implements JobHandler<JsonNode> {
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

    /** A job that waits until the test lets it go, as a delivery waits for a receiver that never answers. */
    static final class HangingJob extends BurstJob {
        static final String KIND = "test-hanging";
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public boolean mayHang() {
            return true;
        }

        @Override
        public Object run(JobContext context, JsonNode parameters) {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Map.of("ran", true);
        }
    }

    /** How many of the jobs are done, once all are or at the deadline (a minute). */
    private long awaitDone(List<Long> ids) throws InterruptedException {
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
        return done;
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
            assertEquals(ids.size(), awaitDone(ids), "jobs done after one wake-up, with the next poll an hour away");
        } finally {
            runner.stop(null);
        }
    }

    @Test
    void jobsThatMayHangLeaveAThreadToTheOthers() throws InterruptedException {
        HangingJob hanging = new HangingJob();
        List<Long> stuck = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            stuck.add(store.create(HangingJob.KIND, "admin", "{}").id);
        }
        long quick = store.create(BurstJob.KIND, "admin", "{}").id;
        JobRunner runner = new JobRunner(store, pollingHourly(), json, List.of(hanging, new BurstJob()),
                "hanging-instance");
        runner.start(null);
        try {
            runner.wake();
            assertEquals(1, awaitDone(List.of(quick)), "the quick job ran although three older ones hang");
            assertEquals(1, stuck.stream().filter(id -> store.find(id).map(job -> "running".equals(job.state))
                    .orElse(false)).count(), "one hanging job runs, the others wait: one thread stays free");
            hanging.release.countDown();
            assertEquals(stuck.size(), awaitDone(stuck));
        } finally {
            hanging.release.countDown();
            runner.stop(null);
        }
    }
}
