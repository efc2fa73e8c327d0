package org.verso.qa;

/** A glossary entry's standing: the term to use, a term that may be used, or a term that must not be used. */
public enum TermStatus {
    PREFERRED,
    ADMITTED,
    FORBIDDEN
}
