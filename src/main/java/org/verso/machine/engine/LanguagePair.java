package org.verso.machine.engine;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A translation direction an engine offers, as BCP 47 tags ("en" → "es", "spa" → "en-US"). */
public record LanguagePair(String source, String target) {

    /**
     * The offered pair for a request: the same tags, else a pair whose tags are the bare languages of the request
     * ("es-MX" is served by an engine offering "es"). Empty when the engine has no such direction.
     */
    public static Optional<LanguagePair> choose(List<LanguagePair> offered, String source, String target) {
        LanguagePair wanted = new LanguagePair(source, target);
        if (offered.contains(wanted)) {
            return Optional.of(wanted);
        }
        return offered.stream()
                .filter(p -> servesAs(p.source(), source) && servesAs(p.target(), target))
                .findFirst();
    }

    private static boolean servesAs(String offered, String wanted) {
        if (offered.equalsIgnoreCase(wanted)) {
            return true;
        }
        return offered.indexOf('-') < 0 && offered.equalsIgnoreCase(Locale.forLanguageTag(wanted).getLanguage());
    }

    /** As the JSON API lists pairs: ["en","es"]. */
    public List<String> asList() {
        return List.of(source, target);
    }
}
