package org.verso.interchange.tbx;

/**
 * One source term and one of its translations, as a glossary file states them; the neutral model of the TBX and
 * CSV glossary readers and writers.
 *
 * @param line line of the file the entry comes from (the {@code <conceptEntry>}/{@code <termEntry>} of TBX, the
 *        row of CSV); 0 for an entry that does not come from a file
 * @param sourceLanguage language of {@link #sourceTerm}, as the caller named it
 * @param targetLanguage language of {@link #targetTerm}, as the caller named it
 * @param sourceTerm the term in the source language, never blank
 * @param targetTerm its translation, never blank
 * @param partOfSpeech as the file writes it ({@code noun}, {@code verb}…), or null
 * @param note definition and notes, or null
 * @param status {@value #PREFERRED}, {@value #ADMITTED} or {@value #FORBIDDEN} for the target term; null when the
 *        file does not say
 * @param caseSensitive whether the source term matches only with its own capitals ("US", not "us")
 */
public record GlossaryEntry(int line, String sourceLanguage, String targetLanguage, String sourceTerm,
        String targetTerm, String partOfSpeech, String note, String status, boolean caseSensitive) {

    public static final String PREFERRED = "preferred";
    public static final String ADMITTED = "admitted";
    public static final String FORBIDDEN = "forbidden";

    public GlossaryEntry {
        if (sourceTerm == null || sourceTerm.isBlank() || targetTerm == null || targetTerm.isBlank()) {
            throw new IllegalArgumentException("A glossary entry needs a source and a target term");
        }
        if (status != null && !status.equals(PREFERRED) && !status.equals(ADMITTED) && !status.equals(FORBIDDEN)) {
            throw new IllegalArgumentException("Unknown term status " + status);
        }
    }

    /** The same entry without its file line, for comparing what two files say. */
    public GlossaryEntry withoutLine() {
        return new GlossaryEntry(0, sourceLanguage, targetLanguage, sourceTerm, targetTerm, partOfSpeech, note,
                status, caseSensitive);
    }
}
