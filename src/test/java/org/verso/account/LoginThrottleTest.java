package org.verso.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-11-28T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    /** 3 free failures per account and address (30 from everywhere), 5 per address, waits 1 s, 2 s, 4 s, at most 4 s. */
    private final LoginThrottle throttle = new LoginThrottle(3, 5, Duration.ofMinutes(15), Duration.ofSeconds(1),
            Duration.ofSeconds(4), clock);

    @Test
    void aBurstIsCountedBeforeItsPasswordsAreCheckedAndSpacedOutLikeASequence() {
        List<Optional<LoginThrottle.Ticket>> burst = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            burst.add(throttle.admit("anna", "10.0.0.1"));
        }

        List<Long> waits = burst.stream().map(t -> t.map(ticket -> ticket.waitFirst().toSeconds()).orElse(-1L))
                .toList();
        assertEquals(List.of(0L, 0L, 0L, 0L, 1L, 3L, -1L, -1L, -1L, -1L), waits,
                "three free, then 1 s, 2 s, 4 s apart; past the 4 s longest wait, refused unchecked");
    }

    @Test
    void theRightPasswordIsNeverLockedOutOnlySpacedOut() {
        for (int i = 0; i < 20; i++) {
            throttle.admit("anna", "10.0.0.1").ifPresent(throttle::failed);
            clock.now = clock.now.plusSeconds(5);
        }
        Optional<LoginThrottle.Ticket> right = throttle.admit("anna", "10.0.0.1");

        assertTrue(right.isPresent(), "an attempt after the longest delay is let through");
        assertTrue(right.get().waitFirst().compareTo(Duration.ofSeconds(4)) <= 0, right.get().toString());
    }

    @Test
    void aSuccessForgetsTheAccountsFailuresAtThatAddress() {
        for (int i = 0; i < 3; i++) {
            throttle.admit("anna", "10.0.0.1").ifPresent(throttle::failed);
        }
        LoginThrottle.Ticket right = throttle.admit("anna", "10.0.0.1").orElseThrow();
        throttle.succeeded(right);

        assertEquals(Duration.ZERO, throttle.admit("anna", "10.0.0.1").orElseThrow().waitFirst(),
                "without the success this attempt would wait its turn (1 s)");
    }

    @Test
    void someoneElsesGuessesDoNotSlowTheAccountAtAnotherAddress() {
        for (int i = 0; i < 10; i++) {
            throttle.admit("anna", "10.0.0.66").ifPresent(throttle::failed);
        }
        assertEquals(Duration.ZERO, throttle.admit("Anna ", "10.0.0.1").orElseThrow().waitFirst());
    }

    @Test
    void guessesSpreadOverManyAddressesAreSlowedOnTheAccount() {
        for (int i = 0; i < 30; i++) {
            throttle.admit("anna", "10.0.1." + i).ifPresent(throttle::failed);
        }
        assertEquals(30, throttle.recentFailures("anna"));
        assertEquals(Duration.ZERO, throttle.admit("anna", "10.0.2.1").orElseThrow().waitFirst(),
                "the 31st attempt is the first past the account's limit: it runs now and spaces out the next");
        assertEquals(Duration.ofSeconds(1), throttle.admit("anna", "10.0.2.2").orElseThrow().waitFirst());
    }

    @Test
    void anAddressIsSlowedAfterItsLimitOfFailuresOnAnyAccounts() {
        for (String name : List.of("a", "b", "c", "d", "e")) {
            throttle.admit(name, "10.0.0.9").ifPresent(throttle::failed);
        }
        throttle.admit("zoe", "10.0.0.9").orElseThrow();

        assertEquals(List.of(Duration.ofSeconds(1), Duration.ZERO), List.of(
                throttle.admit("zoe", "10.0.0.9").orElseThrow().waitFirst(),
                throttle.admit("zoe", "10.0.0.8").orElseThrow().waitFirst()));
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        for (int i = 0; i < 3; i++) {
            throttle.admit("anna", "10.0.0.1").ifPresent(throttle::failed);
        }
        clock.now = clock.now.plus(Duration.ofMinutes(16));

        assertEquals(Duration.ZERO, throttle.admit("anna", "10.0.0.1").orElseThrow().waitFirst());
        assertEquals(0, throttle.recentFailures("anna"));
    }

    @Test
    void anAbandonedCheckCountsForNothing() {
        for (int i = 0; i < 10; i++) {
            throttle.abandoned(throttle.admit("anna", "10.0.0.1").orElseThrow());
        }
        assertEquals(Duration.ZERO, throttle.admit("anna", "10.0.0.1").orElseThrow().waitFirst());
    }
}
