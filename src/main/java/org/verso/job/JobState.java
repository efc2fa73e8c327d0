package org.verso.job;

import java.util.Locale;
import java.util.Set;

/**
 * Where a job is in its life: {@code queued → running → done | failed | cancelled}; a queued job may be cancelled
 * before it starts, and a running one whose instance died goes back to queued when its kind may simply run again.
 */
public enum JobState {
    QUEUED, RUNNING, DONE, FAILED, CANCELLED;

    /** The name in the database and in JSON: lowercase. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static JobState of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }

    /** Done, failed and cancelled are final: nothing moves a job out of them. */
    public boolean finished() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }

    public boolean canMoveTo(JobState next) {
        return switch (this) {
            case QUEUED -> Set.of(RUNNING, CANCELLED, FAILED).contains(next);
            case RUNNING -> Set.of(DONE, FAILED, CANCELLED, QUEUED).contains(next);
            case DONE, FAILED, CANCELLED -> false;
        };
    }
}
