package org.verso.interchange;

/**
 * One paragraph as a reader found it.
 *
 * @param kind        heading, body or other
 * @param markup      the format's block markup kept as skeleton (Markdown "## ", "- ", "> "); empty for plain text
 * @param text        the paragraph's text, soft line breaks turned into spaces
 * @param segmentable false for blocks kept verbatim and never translated (code blocks, rules)
 */
public record SourceParagraph(ParagraphKind kind, String markup, String text, boolean segmentable) {

    public static SourceParagraph of(ParagraphKind kind, String text) {
        return new SourceParagraph(kind, "", text, true);
    }
}
