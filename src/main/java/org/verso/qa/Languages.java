package org.verso.qa;

import java.util.Locale;
import java.util.Set;

/** What the checks need to know of a language, from its BCP 47 tag alone; an unknown or absent tag is "". */
final class Languages {

    /** Languages whose words change their endings (cases, plurals), so a term is matched by its stem. */
    private static final Set<String> INFLECTING = Set.of("ru", "uk", "be", "tg", "uz", "kk", "ky", "tr", "az", "tk",
            "pl", "cs", "sk", "sl", "hr", "sr", "bs", "bg", "mk", "lt", "lv", "et", "fi", "hu", "de", "ro", "el", "is",
            "ka", "hy", "ko", "ta", "ml", "te", "kn", "mn", "tt", "ba", "ar", "he", "fa", "ps", "ur", "hi");

    /** Languages written without spaces between words, so a term is found as a run of characters. */
    private static final Set<String> UNSPACED = Set.of("zh", "ja", "th", "lo", "km", "my", "bo");

    /** Languages that form most plurals by adding -s or -es, which is all the inflection their terms get. */
    private static final Set<String> PLURAL_S = Set.of("en", "fr", "es", "pt", "ca", "nl");

    private Languages() {
    }

    /** The primary language subtag, lower case: "pt" for "pt-BR", "uz" for "uz_Cyrl"; "" when there is none. */
    static String primary(String tag) {
        String t = Texts.of(tag).strip();
        int cut = 0;
        while (cut < t.length() && Character.isLetter(t.charAt(cut)) && cut < 8) {
            cut++;
        }
        return t.substring(0, cut).toLowerCase(Locale.ROOT);
    }

    static Locale locale(String tag) {
        return Locale.forLanguageTag(Texts.of(tag).strip().replace('_', '-'));
    }

    static boolean inflects(String tag) {
        return INFLECTING.contains(primary(tag));
    }

    static boolean pluralS(String tag) {
        return PLURAL_S.contains(primary(tag));
    }

    static boolean unspaced(String tag) {
        return UNSPACED.contains(primary(tag));
    }

    /** True when both tags name the same language, ignoring region and script ("pt-BR" and "pt"). */
    static boolean same(String a, String b) {
        return primary(a).equals(primary(b));
    }
}
