package org.verso.editor;

import java.time.Instant;
import java.util.List;
import org.verso.qa.QaIssue;

/**
 * A person's unconfirmed text in one segment.
 *
 * @param stored      false when the text equals the saved translation, so nothing is kept (and any earlier
 *                    autosave of the segment was removed)
 * @param baseVersion the translation's version the text was typed over; confirming it with this version is a
 *                    conflict when someone saved since
 * @param issues      the quality checks' findings on the text, so the editor can show them before it is confirmed
 */
public record AutosaveView(long segmentId, String language, String text, int baseVersion, Instant savedAt,
                           boolean stored, List<QaIssue> issues) {

    static AutosaveView of(Autosave a, List<QaIssue> issues) {
        return new AutosaveView(a.segmentId, a.language, a.text, a.baseVersion, a.savedAt, true, List.copyOf(issues));
    }
}
