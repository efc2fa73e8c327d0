package org.verso.live;

import java.time.Instant;
import java.util.List;

/**
 * What the editor's event stream carries. {@code type} "saved": one segment changed — {@code user} saved segment
 * {@code segmentId} as {@code text} with {@code status} and {@code version} ({@code text} is null when too long for
 * one PostgreSQL notification; the editor reloads the row anyway). "changed": a batch (a replace, a pre-translation,
 * an import, a source update) changed the segments listed in {@code segments}; a long batch comes as several such
 * events. {@code origin} says where a change came from (EDITOR, REPLACE, MEMORY_EXACT… see the history).
 * "editing": {@code user} entered the segment's target box; "left": they left it (soft lock, nothing is locked).
 * "task": a document language's task changed stage, assignee, due time or priority ({@code status} holds the stage).
 * "notices": the notices of {@code user} changed (one was added or read): their bell fetches its count again.
 * "ping": keeps idle connections open.
 */
public record LiveEvent(String type, long documentId, String language, long segmentId, String text, String status,
                        Integer version, String user, Instant at, String origin, List<Long> segments) {

    /** The type of a task's change, for the desk. */
    public static final String TASK = "task";
    /** The type that tells a person's bell to fetch its count again. */
    static final String NOTICES = "notices";

    public LiveEvent {
        segments = segments == null ? List.of() : List.copyOf(segments);
    }

    /** A document language's task changed; it now stands at {@code stage}. */
    public static LiveEvent task(long documentId, String language, String stage) {
        return new LiveEvent(TASK, documentId, language, 0, null, stage, null, null, Instant.now(), null, null);
    }

    /** Someone's notices changed; carries no text, only whose. */
    public static LiveEvent notices(String username) {
        return new LiveEvent(NOTICES, 0, "", 0, null, null, null, username, Instant.now(), null, null);
    }

    static LiveEvent editing(long documentId, String language, long segmentId, String user, boolean entered) {
        return new LiveEvent(entered ? "editing" : "left", documentId, language, segmentId, null, null, null, user,
                Instant.now(), null, null);
    }

    static LiveEvent ping(long documentId, String language) {
        return new LiveEvent("ping", documentId, language, 0, null, null, null, null, Instant.now(), null, null);
    }

    boolean concerns(long documentId, String language) {
        return this.documentId == documentId && this.language.equals(language);
    }

    LiveEvent withoutText() {
        return new LiveEvent(type, documentId, language, segmentId, null, status, version, user, at, origin, segments);
    }
}
