package org.verso.translation;

import java.time.Instant;

/** The state of one segment in one language after a read or a save. */
public record SavedTranslation(long segmentId, String language, String text, String status, int version,
                               String updatedBy, Instant updatedAt) {

    static SavedTranslation of(Translation t) {
        return new SavedTranslation(t.segmentId, t.language, t.text, t.status.name(), t.version, t.updatedBy,
                t.updatedAt);
    }
}
