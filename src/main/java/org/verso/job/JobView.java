package org.verso.job;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A job as the API shows it. {@code result} is the kind's own summary (imported counts, filled segments), present
 * once the job finished or was cancelled; {@code error} says why a failed job failed.
 */
public record JobView(@Schema(required = true) long id, @Schema(required = true) String kind,
                      @Schema(required = true, enumeration = {"queued", "running", "done", "failed", "cancelled"})
                      String state, @Schema(required = true) long done, @Schema(required = true) long total, String message,
                      @Schema(description = "What the job made: its shape depends on the"
                              + " kind (an export's file, a report, counts)") JsonNode result, String error, Instant createdAt, Instant startedAt, Instant finishedAt) {

    public boolean finished() {
        return JobState.of(state).finished();
    }

    /** Percent of the units done, 0 while the total is unknown. */
    public int percent() {
        return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }

    /** Units per second since the job started, 0 before it did. */
    public long unitsPerSecond() {
        if (startedAt == null || done == 0) {
            return 0;
        }
        return done * 1000 / millisTaken();
    }

    /** Seconds left at the rate so far, or -1 when that cannot be told yet. */
    public long secondsLeft() {
        if (finished() || startedAt == null || done == 0 || total <= done) {
            return -1;
        }
        // From the time taken so far, not from the whole units per second: that rounding made the estimate jump
        // (1,000 units in 100.000 s left 101 s, in 100.001 s 112 s) and gave none below one unit a second.
        return (long) Math.ceil((total - done) * (double) millisTaken() / done / 1000);
    }

    /** Milliseconds from the start to the end, or to now while the job runs; at least 1. */
    private long millisTaken() {
        Instant end = finishedAt == null ? Instant.now() : finishedAt;
        return Math.max(1, Duration.between(startedAt, end).toMillis());
    }

    /** The estimate in words: "about 40 s left", "about 12 min left", or empty when there is none. */
    public String timeLeft() {
        long seconds = secondsLeft();
        if (seconds < 0) {
            return "";
        }
        return seconds < 120 ? "about " + seconds + " s left" : "about " + (seconds + 30) / 60 + " min left";
    }
}
