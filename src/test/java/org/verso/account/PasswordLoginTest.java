package org.verso.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Logins through the gate and the throttle together: the throttle counts attempts as their checks run, so queued
 * right passwords are not taken for guessing, guesses sent at once are still spaced as a sequence, and an attempt
 * whose caller left counts for nothing. The throttle's clock stands still, so its waits are exact.
 */
class PasswordLoginTest {

    private static final String RIGHT = "the right password";
    private static final Clock STILL = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);

    private final PasswordChecks gate = new PasswordChecks(1);
    private final AtomicInteger checked = new AtomicInteger();
    private final CountDownLatch firstCheckRunning = new CountDownLatch(1);
    private final CountDownLatch releaseFirstCheck = new CountDownLatch(1);

    @AfterEach
    void stop() {
        releaseFirstCheck.countDown();
        gate.stop();
    }

    @Test
    void aBurstOfRightPasswordsFromOneAddressIsNotTakenForGuessing() throws Exception {
        // three failures per address allowed, then one attempt every second at most, and none waits past 2 s
        PasswordLogin login = login(new LoginThrottle(10, 3, Duration.ofMinutes(15), Duration.ofSeconds(1),
                Duration.ofSeconds(2), STILL), true);
        List<CompletableFuture<SecurityIdentity>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(attempt(login, "reporter" + i, RIGHT).subscribeAsCompletionStage());
            if (i == 0) {
                assertTrue(firstCheckRunning.await(10, TimeUnit.SECONDS), "the first check holds the gate");
            }
        }
        assertEquals(7, gate.waiting(), "seven logins queue behind it, all from the same address");
        releaseFirstCheck.countDown();
        for (int i = 0; i < 8; i++) {
            assertEquals("reporter" + i, answers.get(i).get(10, TimeUnit.SECONDS).getPrincipal().getName());
        }
        assertEquals(8, checked.get());
    }

    @Test
    void guessesSentAtOnceAreSpacedAsASequenceAndTheSlowestRefusedUnchecked() throws Exception {
        // two free failures per account, then 50 ms, 100 ms, 200 ms between attempts; none waits past 200 ms
        PasswordLogin login = login(new LoginThrottle(2, 100, Duration.ofMinutes(15), Duration.ofMillis(50),
                Duration.ofMillis(200), STILL), false);
        List<CompletableFuture<SecurityIdentity>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(attempt(login, "editor", "guess " + i).subscribeAsCompletionStage());
        }
        for (CompletableFuture<SecurityIdentity> answer : answers) {
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> answer.get(10, TimeUnit.SECONDS));
            assertTrue(refused.getCause() instanceof AuthenticationFailedException, refused.getCause().toString());
        }
        // two free, the third at once (the first slot), the fourth after 50 ms, the fifth after 150 ms; the sixth
        // would wait 350 ms, past the longest delay, and is refused without its password being checked
        assertEquals(5, checked.get());
    }

    @Test
    void aLoginWhoseCallerLeftWhileQueuedIsNeitherCheckedNorCounted() throws Exception {
        // one attempt per address free: a count left behind by the abandoned login would space out the next two
        LoginThrottle throttle = new LoginThrottle(10, 1, Duration.ofMinutes(15), Duration.ofSeconds(1),
                Duration.ofMillis(500), STILL);
        PasswordLogin login = login(throttle, true);
        CompletableFuture<SecurityIdentity> first = attempt(login, "subeditor", RIGHT).subscribeAsCompletionStage();
        assertTrue(firstCheckRunning.await(10, TimeUnit.SECONDS));
        Cancellable gone = attempt(login, "photographer", RIGHT).subscribe().with(who -> { }, failure -> { });
        gone.cancel();
        releaseFirstCheck.countDown();
        first.get(10, TimeUnit.SECONDS);
        for (String who : List.of("columnist", "correspondent")) {
            assertEquals(who, attempt(login, who, RIGHT).await().atMost(Duration.ofSeconds(10))
                    .getPrincipal().getName());
        }
        assertEquals(3, checked.get(), "the abandoned login cost no check");
    }

    /** A login whose check knows one password for everyone; the first check waits for the test when told to. */
    private PasswordLogin login(LoginThrottle throttle, boolean holdFirst) {
        PasswordLogin.Check check = (username, password) -> {
            if (checked.incrementAndGet() == 1 && holdFirst) {
                firstCheckRunning.countDown();
                try {
                    releaseFirstCheck.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return RIGHT.equals(password) ? Optional.of(new Holder(username, Set.of("translator"), false, null))
                    : Optional.empty();
        };
        return new PasswordLogin(check, throttle, gate);
    }

    private static Uni<SecurityIdentity> attempt(PasswordLogin login, String username, String password) {
        return login.authenticate(new UsernamePasswordAuthenticationRequest(username,
                new PasswordCredential(password.toCharArray())), null);
    }
}
