package org.verso.interchange;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Joins the sentences of one paragraph the way the target language writes them. */
public final class Sentences {

    /** Scripts that put no space between sentences. */
    private static final Set<String> UNSPACED = Set.of("zh", "ja", "yue", "wuu", "lzh");

    private Sentences() {
    }

    public static String join(List<String> sentences, String languageTag) {
        String language = Locale.forLanguageTag(languageTag).getLanguage();
        return String.join(UNSPACED.contains(language) ? "" : " ", sentences);
    }
}
