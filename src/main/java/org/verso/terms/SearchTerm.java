package org.verso.terms;

/**
 * A glossary term to look for in source text.
 *
 * @param id the caller's id, handed back in each {@link TermHit}
 * @param text the term as written in the glossary: one or more words
 * @param caseSensitive whether only the term's own capitals match ("US" but not "us")
 */
public record SearchTerm(long id, String text, boolean caseSensitive) {

    public SearchTerm {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A term needs text");
        }
    }
}
