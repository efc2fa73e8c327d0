package org.verso.glossary;

import org.verso.terms.TermStatus;

/** A glossary term found in a segment's source: where, and what the glossary says to write. */
public record TermHint(int start, int end, String matchedText, String sourceTerm, String targetTerm, String status,
                       String note) {

    public boolean forbidden() {
        return TermStatus.fromCode(status).orElse(null) == TermStatus.FORBIDDEN;
    }
}
