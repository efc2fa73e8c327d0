package org.verso.quality;

/** A quality-check finding on one segment's current translation. */
public record QaFinding(long segmentId, int ordinal, String check, String severity, String message) {

    /** The editor page (1-based) that shows the segment, at {@code pageSize} segments a page. */
    public int pageFor(int pageSize) {
        return ordinal / Math.max(1, pageSize) + 1;
    }
}
