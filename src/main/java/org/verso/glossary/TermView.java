package org.verso.glossary;

/** A glossary entry as the API and the pages show it. */
public record TermView(long id, String sourceLanguage, String targetLanguage, String sourceTerm, String targetTerm,
                       String partOfSpeech, String note, String status, boolean caseSensitive) {

    static TermView of(Term term) {
        return new TermView(term.id, term.sourceLanguage, term.targetLanguage, term.sourceTerm, term.targetTerm,
                term.partOfSpeech, term.note, term.status, term.caseSensitive);
    }

    public boolean forbidden() {
        return "forbidden".equals(status);
    }
}
