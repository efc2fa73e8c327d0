package org.verso.terms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.lang.UScript;

/**
 * The one term matcher of Verso: the editor marks glossary terms with it and the glossary check looks for source and
 * target terms with it, so a term the editor marks is a term the check sees, and the other way round. Built once
 * from terms in one language, then asked {@link #find} (for marks) or {@link #present} (for the check) per text,
 * from any thread.
 *
 * <p>Rules (docs/glossary-formats.md, "Term matching"): whole words only, by ICU word boundaries; a term of
 * several words matches the same words in a row with only spaces between them (or what the term has between
 * them); case matters only for a case-sensitive term; word endings are tolerated as {@link Inflection} says; a
 * term written in a script that puts no spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar, Tibetan)
 * matches as a plain substring, since word boundaries there are a dictionary's guess. Where hits overlap, {@link
 * #find} keeps the longest; terms found at exactly the same place all stay.
 *
 * <p>Terms are indexed by the stems of their first word (or by their first character for substring terms), so a
 * lookup costs a few hash probes per word of the text, however large the glossary.
 */
public final class TermMatcher {

    /** A term word in both forms, and where it may split into stem and ending (none: it matches whole). */
    private record TermWord(String exact, String folded, List<Integer> stemLengths) {
    }

    /** A term split into words, with the gaps between them. */
    private record Prepared(SearchTerm term, List<TermWord> words, List<String> gaps) {
    }

    private static final Comparator<TermHit> LONGEST_FIRST = Comparator.comparingInt(TermHit::length).reversed()
            .thenComparingInt(TermHit::start).thenComparingLong(TermHit::termId);

    private static final Set<Integer> UNSPACED_SCRIPTS = Set.of(UScript.HAN, UScript.HIRAGANA, UScript.KATAKANA,
            UScript.THAI, UScript.LAO, UScript.KHMER, UScript.MYANMAR, UScript.TIBETAN);

    private final Words words;
    private final Inflection inflection;
    private final Map<String, List<Prepared>> byFirstStem = new HashMap<>();
    private final Map<Integer, List<SearchTerm>> byFirstChar = new HashMap<>();

    private TermMatcher(String language) {
        this.words = new Words(language == null ? "" : language);
        this.inflection = Inflection.of(language);
    }

    /**
     * @param language BCP 47 tag of the terms and of the texts to search; null or unknown: whole words, root locale
     * @param terms the terms; one without any word (punctuation only) can never match and is left out
     */
    public static TermMatcher of(String language, Collection<SearchTerm> terms) {
        TermMatcher matcher = new TermMatcher(language);
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
            termWords.add(termWord(split.get(i)));
            if (i > 0) {
                gaps.add(Words.gap(term.text().substring(split.get(i - 1).end(), split.get(i).start())));
            }
        }
        Prepared prepared = new Prepared(term, termWords, gaps);
        for (String key : keys(termWords.get(0).folded(), termWords.get(0).stemLengths())) {
            byFirstStem.computeIfAbsent(key, k -> new ArrayList<>()).add(prepared);
        }
    }

    private TermWord termWord(Words.Word word) {
        boolean sameLength = word.exact().length() == word.folded().length();
        return new TermWord(word.exact(), word.folded(), inflection.inflects(word.folded()) && sameLength
                ? inflection.stemLengths(word.folded()) : List.of()); // else short, or folding changed the length
    }

    /** The word itself and each of its stems: what a term is filed under, and what a text word looks up. */
    private static Set<String> keys(String folded, List<Integer> stemLengths) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(folded);
        stemLengths.forEach(length -> keys.add(folded.substring(0, length)));
        return keys;
    }

    /**
     * The terms to mark in a text: where hits overlap, only the longest, so each place shows one term.
     *
     * @return the terms found in {@code text}, in text order
     */
    public List<TermHit> find(String text) {
        return longestFirst(allHits(text));
    }

    /**
     * Every term that occurs in a text, also inside a longer one ("minister" in "prime minister"): what the glossary
     * check asks about, since each entry found wants its own translation.
     *
     * @return the ids of the terms found in {@code text}
     */
    public Set<Long> present(String text) {
        Set<Long> ids = new HashSet<>();
        allHits(text).forEach(hit -> ids.add(hit.termId()));
        return ids;
    }

    private List<TermHit> allHits(String text) {
        List<TermHit> hits = new ArrayList<>();
        String in = text == null ? "" : text;
        if (!byFirstStem.isEmpty()) {
            findWords(in, hits);
        }
        if (!byFirstChar.isEmpty()) {
            findSubstrings(in, hits);
        }
        return hits;
    }

    private void findWords(String text, List<TermHit> hits) {
        List<Words.Word> split = words.split(text);
        for (int i = 0; i < split.size(); i++) {
            String folded = split.get(i).folded();
            Set<Prepared> candidates = new LinkedHashSet<>(); // a term filed under several stems is tried once
            for (String key : keys(folded, inflection.stemLengths(folded))) {
                candidates.addAll(byFirstStem.getOrDefault(key, List.of()));
            }
            for (Prepared term : candidates) {
                if (matchesAt(term, split, i, text)) {
                    int end = split.get(i + term.words().size() - 1).end();
                    int start = split.get(i).start();
                    hits.add(new TermHit(term.term().id(), start, end, text.substring(start, end)));
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
            if (!matches(term.words().get(j), word, term.term().caseSensitive())) {
                return false;
            }
        }
        return true;
    }

    /** Equal, or one stem with an ending of the language on each side ({@link Inflection}). */
    private boolean matches(TermWord termWord, Words.Word word, boolean caseSensitive) {
        String wanted = caseSensitive ? termWord.exact() : termWord.folded();
        String found = caseSensitive ? word.exact() : word.folded();
        if (found.equals(wanted)) {
            return true;
        }
        if (termWord.stemLengths().isEmpty() || word.exact().length() != word.folded().length()) {
            return false;
        }
        for (int length : inflection.stemLengths(word.folded())) {
            if (termWord.stemLengths().contains(length) && found.regionMatches(0, wanted, 0, length)) {
                return true;
            }
        }
        return false;
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

    /** Scripts whose words are not separated by spaces. */
    private static boolean isWrittenWithoutSpaces(int codePoint) {
        return UNSPACED_SCRIPTS.contains(UScript.getScript(codePoint));
    }
}
