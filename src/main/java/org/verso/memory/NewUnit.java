package org.verso.memory;

/**
 * A unit to store: a sentence pair with its languages and where it came from.
 *
 * @param contextHash    {@link SourceHash#context} of the segment's neighbours, {@code null} when unknown (imports)
 * @param translationId  the approved translation it mirrors, {@code null} for imported units
 */
public record NewUnit(String sourceLanguage, String targetLanguage, String sourceText, String targetText,
                      Long contextHash, String origin, Long translationId, String createdBy) {
}
