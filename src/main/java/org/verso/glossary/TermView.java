package org.verso.glossary;

import org.verso.terms.TermStatus;

/**
 * A glossary entry as the API and the pages show it. {@code status} stays the stored lower-case code ("forbidden"),
 * which API clients read; code that acts on it asks {@link #termStatus()}.
 */
public record TermView(long id, String sourceLanguage, String targetLanguage, String sourceTerm, String targetTerm,
                       String partOfSpeech, String note, String status, boolean caseSensitive) {

    static TermView of(Term term) {
        return new TermView(term.id, term.sourceLanguage, term.targetLanguage, term.sourceTerm, term.targetTerm,
                term.partOfSpeech, term.note, term.status, term.caseSensitive);
    }

    /** The status as an enum; the glossary stores only the three codes, and assumes preferred without one. */
    public TermStatus termStatus() {
        return TermStatus.fromCode(status).orElse(TermStatus.PREFERRED);
    }

    public boolean forbidden() {
        return termStatus() == TermStatus.FORBIDDEN;
    }
}
