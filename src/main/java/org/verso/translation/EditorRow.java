package org.verso.translation;

import java.time.Instant;
import java.util.Locale;
import org.verso.interchange.ParagraphKind;

/**
 * One segment as the editor shows it: source beside the current translation.
 *
 * @param joinable whether the next segment is in the same paragraph, so the two can be joined
 */
public record EditorRow(long segmentId, int ordinal, int paragraph, ParagraphKind kind, String source,
                        boolean translatable, String text, TranslationStatus status, int version, String updatedBy,
                        Instant updatedAt, String lastComment, String lastCommentBy, boolean joinable) {

    public String statusId() {
        return status.name().toLowerCase(Locale.ROOT);
    }

    /** The largest offset a split may take: before the source's last character. */
    public int lastSplitOffset() {
        return source.length() - 1;
    }
}
