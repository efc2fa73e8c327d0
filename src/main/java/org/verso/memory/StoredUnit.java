package org.verso.memory;

import java.time.Instant;

/** One translation unit as stored. */
public record StoredUnit(long id, String sourceLanguage, String targetLanguage, String sourceText, String targetText,
                         Long contextHash, String origin, String createdBy, Instant createdAt, Instant changedAt,
                         long changeSeq) {
}
