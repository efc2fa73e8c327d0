package org.verso.machine.engine;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Apertium names languages by ISO 639-3 codes with optional variants ("eng", "spa", "por_BR", "cat_valencia");
 * Verso by BCP 47 ("en", "es", "pt-BR", "ca-valencia"). The mapping comes from the JDK's locale data: every
 * two-letter language knows its three-letter code.
 */
public final class LanguageCodes {

    private static final Map<String, String> TWO_BY_THREE = new HashMap<>();

    static {
        for (String two : Locale.getISOLanguages()) {
            String three = Locale.forLanguageTag(two).getISO3Language();
            if (!three.isEmpty()) {
                TWO_BY_THREE.putIfAbsent(three, two);
            }
        }
    }

    private LanguageCodes() {
    }

    /** "eng" → "en", "por_BR" → "pt-BR", "cat_valencia" → "ca-valencia"; an unknown code stays as it is. */
    public static String toBcp47(String apertium) {
        String[] parts = apertium.split("_", 2);
        String language = TWO_BY_THREE.getOrDefault(parts[0].toLowerCase(Locale.ROOT), parts[0]);
        String tag = parts.length == 1 ? language : language + "-" + parts[1];
        String normalized = Locale.forLanguageTag(tag).toLanguageTag();
        return "und".equals(normalized) ? tag : normalized;
    }

    /** "en" → "eng", "pt-BR" → "por_BR"; the inverse of {@link #toBcp47}. */
    public static String toApertium(String bcp47) {
        Locale locale = Locale.forLanguageTag(bcp47);
        String three;
        try {
            three = locale.getISO3Language();
        } catch (java.util.MissingResourceException e) {
            three = locale.getLanguage();
        }
        String rest = bcp47.indexOf('-') < 0 ? "" : bcp47.substring(bcp47.indexOf('-') + 1);
        return rest.isEmpty() ? three : three + "_" + rest;
    }
}
