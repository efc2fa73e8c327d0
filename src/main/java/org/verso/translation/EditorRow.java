package org.verso.translation;

import java.time.Instant;
import java.util.Locale;
import org.verso.interchange.ParagraphKind;

/** One segment as the editor shows it: source beside the current translation. */
public record EditorRow(long segmentId, int ordinal, int paragraph, ParagraphKind kind, String source,
                        boolean translatable, String text, TranslationStatus status, int version, String updatedBy,
                        Instant updatedAt, String lastComment, String lastCommentBy) {

    public String statusId() {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
