package org.verso.translation;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.verso.qa.QaIssue;

/** The state of one segment in one language after a read or a save. */
public record SavedTranslation(@Schema(required = true) long segmentId, @Schema(required = true) String language,
                               String text,
                               @Schema(required = true, enumeration = {"NEW", "DRAFT", "FUZZY", "TRANSLATED", "REJECTED", "APPROVED"}) String status,
                               @Schema(required = true) int version,
                               String updatedBy, Instant updatedAt, List<QaIssue> issues) {

    static SavedTranslation of(Translation t) {
        return of(t, List.of());
    }

    /** With the quality-check findings on the text just saved. */
    static SavedTranslation of(Translation t, List<QaIssue> issues) {
        return new SavedTranslation(t.segmentId, t.language, t.text, t.status.name(), t.version, t.updatedBy,
                t.updatedAt, List.copyOf(issues));
    }
}
