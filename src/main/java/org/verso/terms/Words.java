package org.verso.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;

/**
 * Splits text into words the way ICU's word boundaries for the language see them (letters and numbers, with
 * inner apostrophes and dots: "minister's", "U.S"), and gives each word the two forms matching compares: the
 * word in NFC with typographic apostrophes made plain, and that in lower case with ё read as е.
 */
final class Words {

    /** A word of a text: where it stands, its form for case-sensitive and for case-insensitive matching. */
    record Word(int start, int end, String exact, String folded) {
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    /**
     * One break iterator per language, only ever cloned: making one costs far more than matching a segment, and the
     * glossary check builds matchers for each new glossary and pair of languages it meets. Bounded, since tags come
     * from outside.
     */
    private static final Map<String, BreakIterator> PROTOTYPES = new ConcurrentHashMap<>();
    private static final int MAX_PROTOTYPES = 200;

    private final BreakIterator prototype;
    private final Locale locale;

    Words(String language) {
        ULocale uLocale = ULocale.forLanguageTag(language);
        BreakIterator known = PROTOTYPES.get(language);
        this.prototype = known != null ? known : BreakIterator.getWordInstance(uLocale);
        if (known == null && PROTOTYPES.size() < MAX_PROTOTYPES) {
            PROTOTYPES.putIfAbsent(language, prototype);
        }
        this.locale = uLocale.toLocale();
    }

    List<Word> split(String text) {
        // A clone per call: break iterators hold state, and one matcher serves many threads.
        BreakIterator boundaries = (BreakIterator) prototype.clone();
        boundaries.setText(text);
        List<Word> words = new ArrayList<>();
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            if (boundaries.getRuleStatus() != BreakIterator.WORD_NONE) {
                String exact = exact(text.substring(start, end));
                words.add(new Word(start, end, exact, fold(exact)));
            }
        }
        return words;
    }

    String fold(String exact) {
        return exact.toLowerCase(locale).replace('ё', 'е');
    }

    private static String exact(String word) {
        return NFC.normalize(word).replace('\u2019', '\'').replace('\u02BC', '\'');
    }

    /** What stands between two words, compared loosely: any run of spaces is one space, any dash a hyphen. */
    static String gap(String between) {
        if (between.equals(" ")) {
            return between; // by far the most common gap, and the one find() meets for every multi-word candidate
        }
        return DASHES.matcher(SPACES.matcher(between).replaceAll(" ")).replaceAll("-");
    }
}
