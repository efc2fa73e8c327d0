package org.verso.translation;

import java.time.Instant;

/**
 * Fired inside the transaction of every save of a translation (editor, API, revert, replace); observers that
 * tell other people wait for the commit.
 */
public record TranslationSaved(long documentId, String language, long segmentId, String text, String status,
                               int version, String user, Instant at) {
}
