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
        return String.join(spaced(languageTag) ? " " : "", sentences);
    }

    /** False for languages that write sentences (and words) without spaces between them: Chinese, Japanese. */
    public static boolean spaced(String languageTag) {
        return !UNSPACED.contains(Locale.forLanguageTag(languageTag).getLanguage());
    }
}
