package org.verso.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The gate in front of BCrypt: no more checks at once than allowed, the rest queued, every one answered. */
class PasswordChecksTest {

    @Test
    void runsNoMoreChecksAtOnceThanAllowedAndQueuesTheRest() throws Exception {
        PasswordChecks checks = new PasswordChecks(2);
        CountDownLatch twoRunning = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                int n = i;
                Uni<Integer> check = checks.check(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    twoRunning.countDown();
                    await(release);
                    running.decrementAndGet();
                    return n;
                });
                answers.add(check.subscribeAsCompletionStage());
            }
            assertEquals(true, twoRunning.await(10, TimeUnit.SECONDS), "two checks start");
            assertEquals(4, checks.waiting(), "the other four wait for a thread");
            release.countDown();
            for (int i = 0; i < 6; i++) {
                assertEquals(i, answers.get(i).get(10, TimeUnit.SECONDS));
            }
            assertEquals(2, most.get(), "never more than two at once");
        } finally {
            release.countDown();
            checks.stop();
        }
    }

    @Test
    void aFailedCheckFailsOnlyItsOwnLogin() {
        PasswordChecks checks = new PasswordChecks(1);
        try {
            Uni<String> broken = checks.check(() -> {
                throw new IllegalStateException("database gone");
            });
            assertThrows(IllegalStateException.class, () -> broken.await().atMost(Duration.ofSeconds(10)));
            assertEquals("next", checks.check(() -> "next").await().atMost(Duration.ofSeconds(10)));
        } finally {
            checks.stop();
        }
    }

    @Test
    void atLeastOneCheckAtOnce() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordChecks(0));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
