package org.verso.document;

import java.util.List;
import org.verso.diff.WordDiff;

/**
 * A changed, added or removed segment of one source version.
 *
 * @param ordinal position in the new version (changed, added) or in the one before (removed), from 0
 */
public record SourceChangeView(String change, long segmentId, int ordinal, String oldText, String newText) {

    static SourceChangeView of(SourceChange c) {
        return new SourceChangeView(c.kind.id(), c.segmentId, c.ordinal, c.oldText, c.newText);
    }

    /** The word-level difference from the old text to the new one, for pages. */
    public List<WordDiff.Piece> diff() {
        return WordDiff.between(oldText == null ? "" : oldText, newText == null ? "" : newText);
    }
}
