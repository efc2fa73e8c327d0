package org.verso.language;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;
import org.verso.failure.InvalidInputException;

/**
 * BCP 47 language tags: validated against ISO 639, ISO 15924 and ISO 3166 as CLDR knows them (ICU4J), normalized to
 * their canonical case, and asked for their writing direction, so no hand-kept language list decides anything.
 */
public final class LanguageTags {

    private static final Set<String> LANGUAGES = Set.of(ULocale.getISOLanguages());
    private static final Set<String> REGIONS = Set.of(ULocale.getISOCountries());

    private LanguageTags() {
    }

    /** The canonical form of {@code tag} ("PT-br" → "pt-BR"); an unknown or malformed tag is refused with the reason. */
    public static String normalize(String tag) {
        String trimmed = tag == null ? "" : tag.trim().replace('_', '-');
        if (trimmed.isEmpty()) {
            throw new InvalidInputException(ErrLanguage.class, m -> m.giveLanguageBcpTag());
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(trimmed).build();
        } catch (IllformedLocaleException e) {
            throw new InvalidInputException(ErrLanguage.class, m -> m.wellFormedBcpLanguage(trimmed));
        }
        check(locale, trimmed);
        return ULocale.forLocale(locale).toLanguageTag();
    }

    /** True when the language's usual script runs right to left (fa, ar, he, ps, ur, dv, …). */
    public static boolean isRightToLeft(String tag) {
        return ULocale.addLikelySubtags(ULocale.forLanguageTag(tag)).isRightToLeft();
    }

    /** "Russian", "Uzbek (Cyrillic)", "Portuguese (Brazil)". */
    public static String displayName(String tag) {
        return ULocale.forLanguageTag(tag).getDisplayName(ULocale.ENGLISH);
    }

    /** The primary language subtag ("uz" for "uz-Cyrl"). */
    public static String language(String tag) {
        return ULocale.forLanguageTag(tag).getLanguage();
    }

    private static void check(Locale locale, String tag) {
        if (!LANGUAGES.contains(locale.getLanguage()) || locale.getLanguage().isEmpty()) {
            throw new InvalidInputException(ErrLanguage.class, m -> m.namesKnownLanguageIso(tag));
        }
        if (!locale.getScript().isEmpty() && UScript.getCodeFromName(locale.getScript()) == UScript.INVALID_CODE) {
            throw new InvalidInputException(ErrLanguage.class, m -> m.namesUnknownScript(tag, locale.getScript()));
        }
        String region = locale.getCountry();
        if (!region.isEmpty() && !REGIONS.contains(region) && !region.matches("\\d{3}")) {
            throw new InvalidInputException(ErrLanguage.class, m -> m.namesUnknownRegion(tag, region));
        }
    }
}
