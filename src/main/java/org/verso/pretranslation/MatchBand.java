package org.verso.pretranslation;

/**
 * The bands of a match analysis, in report order, with the share of a word's price each is weighted at by
 * default (like Matecat's defaults: a repetition or an exact match costs a fraction of a new word, an in-context
 * exact match nothing). Weights are configurable as {@code verso.memory.analysis.weight.<key>}.
 */
public enum MatchBand {
    REPETITION("repetitions", "Repetitions", 30),
    CONTEXT("101%", "101% (same text and context)", 0),
    EXACT("100%", "100%", 30),
    FUZZY_95("95-99%", "95–99%", 60),
    FUZZY_85("85-94%", "85–94%", 60),
    FUZZY_75("75-84%", "75–84%", 60),
    FUZZY_50("50-74%", "50–74%", 100),
    /** No 100%/101% match, and the text is still what a machine translation engine wrote. */
    MT("MT", "Machine translation", 70),
    NO_MATCH("no match", "No match", 100);

    private final String label;
    private final String displayName;
    private final int defaultWeight;

    MatchBand(String label, String displayName, int defaultWeight) {
        this.label = label;
        this.displayName = displayName;
        this.defaultWeight = defaultWeight;
    }

    /** The band's name in the API ("100%", "95-99%", "no match"…). */
    public String label() {
        return label;
    }

    public String displayName() {
        return displayName;
    }

    public int defaultWeight() {
        return defaultWeight;
    }

    /** The configuration key of the band's weight. */
    public String key() {
        return name().toLowerCase().replace('_', '-');
    }

    /** The band of a memory score (0 when there is no match); repetitions are decided by the caller. */
    public static MatchBand ofScore(int score) {
        if (score >= 101) {
            return CONTEXT;
        }
        if (score == 100) {
            return EXACT;
        }
        if (score >= 95) {
            return FUZZY_95;
        }
        if (score >= 85) {
            return FUZZY_85;
        }
        if (score >= 75) {
            return FUZZY_75;
        }
        return score >= 50 ? FUZZY_50 : NO_MATCH;
    }
}
