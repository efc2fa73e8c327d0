package org.verso.qa;

import java.util.Locale;

/** What the checks need to know of a language, from its BCP 47 tag alone; an unknown or absent tag is "". */
final class Languages {

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

    /** True when both tags name the same language, ignoring region and script ("pt-BR" and "pt"). */
    static boolean same(String a, String b) {
        return primary(a).equals(primary(b));
    }
}
