package org.verso.interchange;

/** What a paragraph is in the article: a headline or subhead, running text, or anything else (credit lines, cruft). */
public enum ParagraphKind {
    HEADING, BODY, OTHER
}
