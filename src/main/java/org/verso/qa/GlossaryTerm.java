package org.verso.qa;

import org.verso.terms.TermStatus;

/** A glossary entry of one language pair, as the glossary check sees it; a null status counts as allowed. */
public record GlossaryTerm(String sourceTerm, String targetTerm, TermStatus status, boolean caseSensitive) {

    public boolean forbidden() {
        return status == TermStatus.FORBIDDEN;
    }
}
