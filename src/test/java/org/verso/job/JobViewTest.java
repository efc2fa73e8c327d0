package org.verso.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Percent, rate and time left as the progress bar shows them, from fixed timestamps. */
class JobViewTest {

    private static JobView job(String state, long done, long total, Instant started, Instant finished) {
        return new JobView(1, "k", state, done, total, null, null, null, started, started, finished);
    }

    @Test
    void rateAndTimeLeftFollowFromUnitsDoneSinceTheStart() {
        Instant start = Instant.parse("2026-01-01T10:00:00Z");
        JobView finished = job("done", 5000, 5000, start, start.plusSeconds(10));
        assertEquals(500, finished.unitsPerSecond());
        assertEquals(100, finished.percent());
        assertEquals(-1, finished.secondsLeft(), "a finished job has no time left to estimate");
    }

    @Test
    void anUnknownTotalOrNoProgressYetGivesNoEstimate() {
        JobView counting = job("running", 0, 0, Instant.now(), null);
        assertEquals(0, counting.percent());
        assertEquals(0, counting.unitsPerSecond());
        assertEquals(-1, counting.secondsLeft());
    }

    @Test
    void aRunningJobEstimatesTheRestAtItsRateSoFar() {
        JobView half = job("running", 1000, 2000, Instant.now().minusSeconds(100), null);
        assertEquals(50, half.percent());
        long left = half.secondsLeft();
        // 1000 units in about 100 s leave about 100 s; the clock moves while the test runs, hence the range.
        assertEquals(true, left >= 90 && left <= 111, "seconds left: " + left);
    }

    @Test
    void aJobSlowerThanAUnitASecondStillGetsAnEstimate() {
        JobView slow = job("running", 10, 20, Instant.now().minusSeconds(100), null);
        long left = slow.secondsLeft();
        // 10 units in 100 s leave 100 s; whole units per second (0 here) gave no estimate at all.
        assertEquals(true, left >= 100 && left <= 102, "seconds left: " + left);
    }

    @Test
    void longEstimatesAreGivenInMinutesAndNoEstimateInNoWords() {
        JobView slow = job("running", 1000, 100_000, Instant.now().minusSeconds(100), null);
        assertEquals(true, slow.timeLeft().matches("about \\d+ min left"), slow.timeLeft());
        assertEquals("", job("queued", 0, 0, null, null).timeLeft());
    }
}
