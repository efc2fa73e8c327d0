package org.verso.terms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.ibm.icu.lang.UScript;

/**
 * Finds the terms of one glossary in source texts: built once from the glossary's terms in its source language,
 * then asked {@link #find} per segment, from any thread.
 *
 * <p>Rules (docs/glossary-formats.md, "Term matching"): whole words only, by ICU word boundaries; a term of
 * several words matches the same words in a row with only spaces between them (or what the term has between
 * them); case matters only for a case-sensitive term; word endings are tolerated as {@link Inflection} says; a
 * term written in Han or kana (Chinese, Japanese) matches as a plain substring, since those scripts put no
 * spaces between words. Where hits overlap, the longest wins; terms found at exactly the same place all stay.
 *
 * <p>Terms are indexed by the stem of their first word (or by their first character for substring terms), so a
 * lookup costs a few hash probes per word of the text, however large the glossary.
 */
public final class TermMatcher {

    /** A term word: its stem (or whole form), and whether longer text words may match it. */
    private record TermWord(String form, boolean stemmed) {
    }

    /** A term split into words, with the gaps between them. */
    private record Prepared(SearchTerm term, List<TermWord> words, List<String> gaps) {
    }

    private static final Comparator<TermHit> LONGEST_FIRST = Comparator.comparingInt(TermHit::length).reversed()
            .thenComparingInt(TermHit::start).thenComparingLong(TermHit::termId);

    private final Words words;
    private final Inflection inflection;
    private final Map<String, List<Prepared>> byFirstStem = new HashMap<>();
    private final Map<Integer, List<SearchTerm>> byFirstChar = new HashMap<>();

    private TermMatcher(String language) {
        this.words = new Words(language);
        this.inflection = Inflection.of(language);
    }

    /**
     * @param sourceLanguage BCP 47 tag of the terms and of the texts to search
     * @param terms the glossary's terms; one without any word (punctuation only) can never match and is left out
     */
    public static TermMatcher of(String sourceLanguage, Collection<SearchTerm> terms) {
        TermMatcher matcher = new TermMatcher(sourceLanguage);
        terms.forEach(matcher::add);
        return matcher;
    }

    private void add(SearchTerm term) {
        if (term.text().codePoints().anyMatch(TermMatcher::isWrittenWithoutSpaces)) {
            int first = Character.toLowerCase(term.text().strip().codePointAt(0));
            byFirstChar.computeIfAbsent(first, c -> new ArrayList<>()).add(term);
            return;
        }
        List<Words.Word> split = words.split(term.text());
        if (split.isEmpty()) {
            return;
        }
        List<TermWord> termWords = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (int i = 0; i < split.size(); i++) {
            termWords.add(termWord(split.get(i), term.caseSensitive()));
            if (i > 0) {
                gaps.add(Words.gap(term.text().substring(split.get(i - 1).end(), split.get(i).start())));
            }
        }
        String key = words.fold(termWords.get(0).form());
        byFirstStem.computeIfAbsent(key, k -> new ArrayList<>()).add(new Prepared(term, termWords, gaps));
    }

    private TermWord termWord(Words.Word word, boolean caseSensitive) {
        String form = caseSensitive ? word.exact() : word.folded();
        int cut = inflection.cut(word.folded());
        if (cut < 0 || form.length() != word.folded().length()) {
            return new TermWord(form, false); // short, or case folding changed the length: compare whole
        }
        return new TermWord(form.substring(0, form.length() - cut), true);
    }

    /** @return the terms found in {@code sourceText}, in text order */
    public List<TermHit> find(String sourceText) {
        List<TermHit> hits = new ArrayList<>();
        if (!byFirstStem.isEmpty()) {
            findWords(sourceText, hits);
        }
        if (!byFirstChar.isEmpty()) {
            findSubstrings(sourceText, hits);
        }
        return longestFirst(hits);
    }

    private void findWords(String text, List<TermHit> hits) {
        List<Words.Word> split = words.split(text);
        for (int i = 0; i < split.size(); i++) {
            String folded = split.get(i).folded();
            int shortest = Math.max(Inflection.MIN_STEM, folded.length() - inflection.maxExtra());
            for (int length = folded.length(); length >= Math.min(shortest, folded.length()); length--) {
                for (Prepared term : byFirstStem.getOrDefault(folded.substring(0, length), List.of())) {
                    if (matchesAt(term, split, i, text)) {
                        int end = split.get(i + term.words().size() - 1).end();
                        int start = split.get(i).start();
                        hits.add(new TermHit(term.term().id(), start, end, text.substring(start, end)));
                    }
                }
            }
        }
    }

    private boolean matchesAt(Prepared term, List<Words.Word> split, int first, String text) {
        if (first + term.words().size() > split.size()) {
            return false;
        }
        for (int j = 0; j < term.words().size(); j++) {
            Words.Word word = split.get(first + j);
            if (j > 0 && !term.gaps().get(j - 1).equals(
                    Words.gap(text.substring(split.get(first + j - 1).end(), word.start())))) {
                return false;
            }
            if (!matches(term.words().get(j), term.term().caseSensitive() ? word.exact() : word.folded())) {
                return false;
            }
        }
        return true;
    }

    private boolean matches(TermWord termWord, String word) {
        if (!termWord.stemmed()) {
            return word.equals(termWord.form());
        }
        return word.startsWith(termWord.form()) && word.length() - termWord.form().length() <= inflection.maxExtra();
    }

    private void findSubstrings(String text, List<TermHit> hits) {
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            for (SearchTerm term : byFirstChar.getOrDefault(Character.toLowerCase(text.codePointAt(i)), List.of())) {
                String wanted = term.text().strip();
                if (text.regionMatches(!term.caseSensitive(), i, wanted, 0, wanted.length())) {
                    hits.add(new TermHit(term.id(), i, i + wanted.length(), text.substring(i, i + wanted.length())));
                }
            }
        }
    }

    /** Keeps the longest of overlapping hits, and every hit at exactly the place of a kept one. */
    private static List<TermHit> longestFirst(List<TermHit> hits) {
        hits.sort(LONGEST_FIRST);
        List<TermHit> kept = new ArrayList<>();
        for (TermHit hit : hits) {
            if (kept.stream().noneMatch(k -> k.overlaps(hit) && !k.sameSpan(hit))) {
                kept.add(hit);
            }
        }
        kept.sort(Comparator.comparingInt(TermHit::start).thenComparingLong(TermHit::termId));
        return kept;
    }

    /** Han, Hiragana and Katakana: scripts whose words are not separated by spaces. */
    private static boolean isWrittenWithoutSpaces(int codePoint) {
        int script = UScript.getScript(codePoint);
        return script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA;
    }
}
