package org.verso.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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
    private final LoginThrottle throttle = new LoginThrottle(3, 5, Duration.ofMinutes(15), clock);

    @Test
    void anAccountIsRefusedAfterItsLimitOfFailuresFromAnyAddress() {
        throttle.failed("anna", "10.0.0.1");
        throttle.failed("Anna", "10.0.0.2");
        boolean beforeLimit = throttle.refuses("anna", "10.0.0.3");
        throttle.failed("anna ", "10.0.0.3");

        assertEquals(List.of(false, true, false), List.of(beforeLimit, throttle.refuses("anna", "10.0.0.4"),
                throttle.refuses("boris", "10.0.0.4")));
    }

    @Test
    void anAddressIsRefusedAfterItsLimitOfFailuresOnAnyAccounts() {
        for (String name : List.of("a", "b", "c", "d", "e")) {
            throttle.failed(name, "10.0.0.9");
        }

        assertEquals(List.of(true, false), List.of(throttle.refuses("zoe", "10.0.0.9"),
                throttle.refuses("zoe", "10.0.0.8")));
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("anna", "10.0.0.1");
        }
        clock.now = clock.now.plus(Duration.ofMinutes(16));

        assertEquals(false, throttle.refuses("anna", "10.0.0.1"));
    }

    @Test
    void aSuccessClearsTheAccountsFailures() {
        throttle.failed("anna", "10.0.0.1");
        throttle.failed("anna", "10.0.0.1");
        throttle.succeeded("anna");
        throttle.failed("anna", "10.0.0.1");

        assertEquals(false, throttle.refuses("anna", "10.0.0.1"));
    }
}
