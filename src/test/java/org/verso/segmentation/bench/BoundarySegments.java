package org.verso.segmentation.bench;

import java.util.ArrayList;
import java.util.List;

/** Turns the boundary offsets a peer produced into segments the way the harness scores them. */
final class BoundarySegments {

    private BoundarySegments() {
    }

    /** The text between consecutive boundaries, each stripped of whitespace, blank ones dropped. */
    static List<String> cut(String text, int[] boundaries, int count) {
        List<String> segments = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            String segment = text.substring(boundaries[i - 1], boundaries[i]).strip();
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }
}
