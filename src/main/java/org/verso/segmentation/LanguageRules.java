package org.verso.segmentation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language knowledge of the rule-based segmenter: which abbreviations a full stop may follow
 * without ending the sentence, which words typically open a sentence, and whether a number followed
 * by a full stop is an ordinal ("am 12. Juni").
 */
final class LanguageRules {

    /** How an abbreviation behaves before the next word. */
    enum AbbreviationKind {
        /** Always followed by what it qualifies ("Mr.", "z. B."): never ends a sentence. */
        PREFIX,
        /** Like {@link #REGULAR}, but never ends a sentence before a number ("No. 5", "Jan. 12"). */
        NUMERIC,
        /** May end a sentence ("Inc.", "U.S."): ends it only before a typical sentence opener. */
        REGULAR
    }

    private final Map<String, AbbreviationKind> abbreviations;
    private final Map<String, AbbreviationKind> abbreviationsIgnoringCase;
    private final Set<String> sentenceStarters;
    private final boolean ordinalNumbers;

    /**
     * @param abbreviations    abbreviations as written, with their full stops and inner spaces ("z. B.")
     * @param sentenceStarters words that typically open a sentence, capitalized; elided forms end in an
     *                         apostrophe ("L'")
     * @param ordinalNumbers   whether "12." is an ordinal number in this language
     */
    LanguageRules(Map<String, AbbreviationKind> abbreviations, Set<String> sentenceStarters, boolean ordinalNumbers) {
        this.abbreviations = Map.copyOf(abbreviations);
        this.abbreviationsIgnoringCase = ignoringCase(abbreviations);
        this.sentenceStarters = Set.copyOf(sentenceStarters);
        this.ordinalNumbers = ordinalNumbers;
    }

    /**
     * The kind of the abbreviation written exactly as {@code candidate}, else the kind of one written
     * in another case ("co." for "Co."), or {@code null}. Single letters match only in their own case:
     * French "M." (Monsieur) is not "m." (metre).
     */
    AbbreviationKind abbreviation(String candidate) {
        AbbreviationKind exact = abbreviations.get(candidate);
        if (exact != null || candidate.codePointCount(0, candidate.length()) <= 2) {
            return exact;
        }
        return abbreviationsIgnoringCase.get(candidate.toLowerCase(Locale.ROOT));
    }

    boolean isSentenceStarter(String word) {
        return sentenceStarters.contains(word);
    }

    boolean ordinalNumbers() {
        return ordinalNumbers;
    }

    private static Map<String, AbbreviationKind> ignoringCase(Map<String, AbbreviationKind> abbreviations) {
        Map<String, AbbreviationKind> folded = new HashMap<>();
        abbreviations.forEach((written, kind) -> {
            if (written.codePointCount(0, written.length()) > 2) {
                folded.putIfAbsent(written.toLowerCase(Locale.ROOT), kind);
            }
        });
        return Map.copyOf(folded);
    }
}
