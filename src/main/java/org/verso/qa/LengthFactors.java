package org.verso.qa;

import java.util.Map;

/**
 * Characters of a typical translation into a language per character of English: German runs 30 % longer,
 * Chinese takes about a third of the characters. Unlisted languages count 1.0.
 */
final class LengthFactors {

    private static final Map<String, Double> FACTORS = Map.ofEntries(Map.entry("en", 1.0), Map.entry("de", 1.3),
            Map.entry("nl", 1.25), Map.entry("fr", 1.2), Map.entry("es", 1.2), Map.entry("pt", 1.2),
            Map.entry("it", 1.15), Map.entry("pl", 1.15), Map.entry("ru", 1.15), Map.entry("uk", 1.15),
            Map.entry("tg", 1.15), Map.entry("uz", 1.15), Map.entry("kk", 1.15), Map.entry("ky", 1.15),
            Map.entry("tr", 1.1), Map.entry("fi", 1.1), Map.entry("el", 1.2), Map.entry("fa", 1.0),
            Map.entry("ar", 0.95), Map.entry("ur", 1.05), Map.entry("he", 0.9), Map.entry("hi", 1.1),
            Map.entry("ko", 0.6), Map.entry("ja", 0.5), Map.entry("zh", 0.35));

    private LengthFactors() {
    }

    static double of(String language) {
        return FACTORS.getOrDefault(Languages.primary(language), 1.0);
    }
}
