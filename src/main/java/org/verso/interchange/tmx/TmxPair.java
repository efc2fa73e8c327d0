package org.verso.interchange.tmx;

import java.time.Instant;

/**
 * What {@link TmxWriter} writes as one unit: a source text and its translation, with optional metadata.
 * Dates are written to the second (TMX has no finer unit).
 *
 * @param tuid unit id, or null
 * @param origin where the translation came from (for example "human", "mt"), written as
 *        {@code <prop type="x-origin">}; null for none
 */
public record TmxPair(String source, String targetLanguage, String target, String tuid, Instant creationDate,
        String creationId, Instant changeDate, String origin) {

    public TmxPair {
        if (source == null || source.isBlank() || target == null || target.isBlank()) {
            throw new IllegalArgumentException("A memory unit needs text on both sides");
        }
        if (targetLanguage == null || targetLanguage.isBlank()) {
            throw new IllegalArgumentException("A memory unit needs a target language");
        }
    }

    public static TmxPair of(String source, String targetLanguage, String target) {
        return new TmxPair(source, targetLanguage, target, null, null, null, null, null);
    }
}
