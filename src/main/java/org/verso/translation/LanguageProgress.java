package org.verso.translation;

/**
 * Progress of one document in one language, by words of the translatable segments. The draft bucket holds
 * DRAFT, FUZZY and REJECTED segments: text exists but needs work.
 */
public record LanguageProgress(String language, String name, boolean rtl, int totalWords, int approvedWords,
                               int translatedWords, int draftWords, int untranslatedWords, int missingSegments) {

    public int approvedPercent() {
        return percent(approvedWords);
    }

    public int translatedPercent() {
        return percent(translatedWords);
    }

    public int draftPercent() {
        return percent(draftWords);
    }

    public int untranslatedPercent() {
        return totalWords == 0 ? 0 : 100 - approvedPercent() - translatedPercent() - draftPercent();
    }

    /** Every translatable segment is approved: the language can be exported as finished. */
    public boolean finished() {
        return missingSegments == 0;
    }

    private int percent(int words) {
        return totalWords == 0 ? 0 : (int) Math.floor(words * 100.0 / totalWords);
    }
}
