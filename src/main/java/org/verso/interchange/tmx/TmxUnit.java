package org.verso.interchange.tmx;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One {@code <tu>} with at least two usable variants.
 *
 * @param number position of the {@code <tu>} in the file, counting from 1 (skipped units count too)
 * @param line line of the {@code <tu>} start tag
 * @param sourceLanguage the unit's own {@code srclang}, else the header's (may be {@code *all*})
 * @param properties {@code <prop type="…">} texts of the unit by type; the first of a repeated type wins
 */
public record TmxUnit(int number, int line, String tuid, String sourceLanguage, Instant creationDate,
        String creationId, Instant changeDate, Map<String, String> properties, List<TmxVariant> variants) {

    public TmxUnit {
        properties = Map.copyOf(properties);
        variants = List.copyOf(variants);
    }

    /** The text of the first variant in {@code language} (compared ignoring case, as tags are), or null. */
    public String text(String language) {
        return variants.stream().filter(v -> v.language().equalsIgnoreCase(language)).map(TmxVariant::text)
                .findFirst().orElse(null);
    }
}
