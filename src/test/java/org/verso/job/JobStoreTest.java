package org.verso.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.verso.Api;

/**
 * The job table under concurrency and after crashes. Test jobs use kinds no handler knows, so this instance's own
 * poller never claims them; the tests play the other instances.
 */
@QuarkusTest
class JobStoreTest {

    @Inject
    JobStore store;

    @Inject
    JobRunner runner;

    private static String kind(String prefix) {
        return prefix + "-" + Api.letters(8);
    }

    /** A job left "running" by an instance, with its last heartbeat at {@code heartbeat}. */
    private long runningJob(String kind, String instance, Instant heartbeat) {
        long id = store.create(kind, "admin", "{}").id;
        QuarkusTransaction.requiringNew().run(() -> Job.update("state = 'running', claimedBy = ?1, "
                + "startedAt = ?2, heartbeatAt = ?2, done = 3, total = 10 where id = ?3", instance, heartbeat, id));
        return id;
    }

    /**
     * One person's open jobs are capped (plain GETs with ?async=true once queued exports without end): past the
     * limit the next is refused with 429 and nothing is stored; a finished job frees its place; jobs of kinds that
     * are not counted (here: another person's) do not count.
     */
    @Test
    void aPersonsOpenJobsAreCappedAndAFinishedOneFreesItsPlace() {
        String kind = kind("quota");
        String owner = Api.unique("owner");
        List<Long> open = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            open.add(store.create(kind, owner, "{}", 3, Set.of(kind)).id);
        }
        store.create(kind, Api.unique("other"), "{}", 3, Set.of(kind));

        org.verso.failure.TooManyException refused = org.junit.jupiter.api.Assertions.assertThrows(
                org.verso.failure.TooManyException.class, () -> store.create(kind, owner, "{}", 3, Set.of(kind)));
        assertEquals(429, refused.kind().status());
        assertEquals(3L, QuarkusTransaction.requiringNew().call(() -> Job.count("owner", owner)));

        QuarkusTransaction.requiringNew().run(() -> Job.update("state = 'done' where id = ?1", open.get(0)));
        assertTrue(store.create(kind, owner, "{}", 3, Set.of(kind)).id > 0);
    }

    @Test
    void twoInstancesRacingForTheSameQueueClaimEachJobExactlyOnce() throws Exception {
        String kind = kind("race");
        Set<Long> queued = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            queued.add(store.create(kind, "admin", "{}").id);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<List<Long>>> claims = new ArrayList<>();
        for (String instance : List.of("instance-a", "instance-b")) {
            Callable<List<Long>> claimAll = () -> {
                start.await();
                List<Long> mine = new ArrayList<>();
                for (var next = store.claimNext(instance, Set.of(kind)); next.isPresent();
                        next = store.claimNext(instance, Set.of(kind))) {
                    mine.add(next.get());
                }
                return mine;
            };
            claims.add(pool.submit(claimAll));
        }
        start.countDown();
        List<Long> a = claims.get(0).get();
        List<Long> b = claims.get(1).get();
        pool.shutdown();

        Set<Long> all = new HashSet<>(a);
        all.addAll(b);
        assertEquals(a.size() + b.size(), all.size(), "no job was claimed by both instances");
        assertEquals(queued, all, "every queued job was claimed");
        for (long id : a) {
            assertEquals("instance-a", store.find(id).orElseThrow().claimedBy);
        }
        for (long id : b) {
            assertEquals("instance-b", store.find(id).orElseThrow().claimedBy);
        }
    }

    @Test
    void aJobWhoseInstanceStoppedHeartbeatingIsFailedSayingHowFarItGot() {
        long id = runningJob(kind("orphan"), "crashed-instance", Instant.now().minusSeconds(3600));
        runner.recover(false);
        Job job = store.find(id).orElseThrow();
        assertEquals("failed", job.state);
        assertTrue(job.error.contains("3 of 10"), job.error);
        assertTrue(job.finishedAt != null);
    }

    @Test
    void atStartUpTheJobsThisInstanceWasRunningAreTakenBackEvenWithAFreshHeartbeat() {
        long mine = runningJob(kind("restart"), runner.instanceId(), Instant.now());
        long other = runningJob(kind("restart"), "live-instance", Instant.now());
        runner.recover(true);
        assertEquals("failed", store.find(mine).orElseThrow().state, "nothing survives a restart as running");
        assertEquals("running", store.find(other).orElseThrow().state, "a live instance keeps its job");
    }

    @Test
    void anIdempotentKindGoesBackToTheQueueInsteadOfFailing() {
        String kind = kind("rerun");
        long id = runningJob(kind, "restarted-instance", Instant.now());
        List<JobStore.Recovered> recovered = store.recover("restarted-instance", Instant.now().minusSeconds(3600),
                Set.of(kind));
        assertEquals(1, recovered.size());
        Job job = store.find(id).orElseThrow();
        assertEquals("queued", job.state);
        assertEquals(null, job.claimedBy);
        assertEquals(0, job.done);
    }

    @Test
    void aJobTakenBackCannotBeFinishedByTheInstanceThatLostIt() {
        long id = runningJob(kind("late"), "slow-instance", Instant.now().minusSeconds(3600));
        runner.recover(false);
        assertFalse(store.finish(id, JobState.DONE, "Finished", "{}", null, null));
        assertEquals("failed", store.find(id).orElseThrow().state);
    }

    @Test
    void progressAnswersWhetherACancelWasAskedFor() {
        long id = runningJob(kind("cancel"), "some-instance", Instant.now());
        assertFalse(store.progress(id, 4, 10, "Step"));
        store.requestCancel(id);
        assertTrue(store.progress(id, 5, 10, "Step"));
        Job job = store.find(id).orElseThrow();
        assertEquals("running", job.state, "a running job stops itself, at its next batch boundary");
        assertEquals(5, job.done);
    }
}
