package org.verso.replace;

import java.util.List;
import org.verso.diff.WordDiff;

/** One segment a search and replace changes (or would change): its text before and after. */
public record Replacement(long segmentId, int ordinal, String status, String before, String after, int version) {

    /** The words that change, for the preview. */
    public List<WordDiff.Piece> changes() {
        return WordDiff.between(before, after);
    }
}
