package org.verso.qa;

import java.util.List;
import java.util.Locale;

/**
 * Finds glossary terms in one text as whole words, in order. In a language that inflects ({@link Languages#inflects})
 * each word of the term matches a word that starts with its stem and is at most {@value #LONGER} letters longer than
 * it; the stem is the word without its last 1 to 3 letters, keeping at least 4 ("войска" → "войс" finds "войсками",
 * "Soldat" → "Sold" finds "Soldaten"); words of up to 4 letters are their own stem. In a language written without
 * spaces (zh, ja, th…) the term is found as a run of characters. Elsewhere words match exactly, except that in
 * languages forming plurals with -s (en, fr, es, pt, ca, nl) "troop" also finds "troops" and "crisis" "crises"
 * does not. Case is ignored unless the term says otherwise.
 */
final class TermFinder {

    static final int LONGER = 4;
    private static final int KEEP = 4;
    private static final int CUT = 3;

    private final String text;
    private final String folded;
    private List<Words.Word> words;
    private List<Words.Word> foldedWords;
    private final Locale locale;
    private final boolean inflecting;
    private final boolean unspaced;
    private final boolean plural;

    TermFinder(String text, String language) {
        this.locale = Languages.locale(language);
        this.text = Texts.of(text);
        this.folded = this.text.toLowerCase(locale);
        this.inflecting = Languages.inflects(language);
        this.unspaced = Languages.unspaced(language);
        this.plural = Languages.pluralS(language);
    }

    boolean has(String term, boolean caseSensitive) {
        String t = caseSensitive ? Texts.strip(term) : Texts.strip(term).toLowerCase(locale);
        String in = caseSensitive ? text : folded;
        String first = firstWord(t);
        if (t.isEmpty() || unspaced || first.isEmpty()) {
            return !t.isEmpty() && in.contains(t);
        }
        if (!in.contains(inflecting ? stem(first) : first)) {
            return false; // the cheap test that settles most terms: a text has few of a glossary's terms
        }
        List<Words.Word> termWords = Words.of(t);
        List<Words.Word> inWords = words(caseSensitive);
        for (int start = 0; start + termWords.size() <= inWords.size(); start++) {
            if (matchesAt(inWords, start, termWords)) {
                return true;
            }
        }
        return false;
    }

    private List<Words.Word> words(boolean caseSensitive) {
        if (caseSensitive) {
            words = words == null ? Words.of(text) : words;
            return words;
        }
        foldedWords = foldedWords == null ? Words.of(folded) : foldedWords;
        return foldedWords;
    }

    private boolean matchesAt(List<Words.Word> in, int start, List<Words.Word> termWords) {
        for (int j = 0; j < termWords.size(); j++) {
            String word = in.get(start + j).text();
            String termWord = termWords.get(j).text();
            boolean match = inflecting
                    ? word.startsWith(stem(termWord)) && word.length() <= termWord.length() + LONGER
                    : word.equals(termWord) || plural && (word.equals(termWord + "s") || word.equals(termWord + "es"));
            if (!match) {
                return false;
            }
        }
        return true;
    }

    private static String firstWord(String term) {
        int start = 0;
        while (start < term.length() && !Words.isWordChar(term.codePointAt(start))) {
            start += Character.charCount(term.codePointAt(start));
        }
        int end = start;
        while (end < term.length() && Words.isWordChar(term.codePointAt(end))) {
            end += Character.charCount(term.codePointAt(end));
        }
        return term.substring(start, end);
    }

    static String stem(String word) {
        return word.length() <= KEEP ? word : word.substring(0, word.length() - Math.min(CUT, word.length() - KEEP));
    }
}
