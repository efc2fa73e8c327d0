package org.verso.glossary;

/** A glossary term found in a segment's source: where, and what the glossary says to write. */
public record TermHint(int start, int end, String matchedText, String sourceTerm, String targetTerm, String status,
                       String note) {

    public boolean forbidden() {
        return "forbidden".equals(status);
    }
}
