package org.verso.qa;

/** A glossary entry of one language pair, as the glossary check sees it. */
public record GlossaryTerm(String sourceTerm, String targetTerm, TermStatus status, boolean caseSensitive) {
}
