package org.verso.live;

import java.time.Instant;

/**
 * What the editor's event stream carries. {@code type} "saved": {@code user} saved segment {@code segmentId} as
 * {@code text} with {@code status} and {@code version} ({@code text} is null when too long for one PostgreSQL
 * notification; the editor reloads the row anyway). "editing": {@code user} entered the segment's target box;
 * "left": they left it (soft lock, nothing is locked). "ping": keeps idle connections open.
 */
public record LiveEvent(String type, long documentId, String language, long segmentId, String text, String status,
                        Integer version, String user, Instant at) {

    static LiveEvent editing(long documentId, String language, long segmentId, String user, boolean entered) {
        return new LiveEvent(entered ? "editing" : "left", documentId, language, segmentId, null, null, null, user,
                Instant.now());
    }

    static LiveEvent ping(long documentId, String language) {
        return new LiveEvent("ping", documentId, language, 0, null, null, null, null, Instant.now());
    }

    boolean concerns(long documentId, String language) {
        return this.documentId == documentId && this.language.equals(language);
    }

    LiveEvent withoutText() {
        return new LiveEvent(type, documentId, language, segmentId, null, status, version, user, at);
    }
}
