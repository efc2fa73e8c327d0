package org.verso.interchange;

import java.util.List;

/**
 * One paragraph as a reader found it.
 *
 * @param kind        heading, body or other
 * @param markup      the format's block markup kept as skeleton (Markdown "## ", "- ", "> "); empty for plain text
 * @param text        the paragraph's text, soft line breaks turned into spaces
 * @param segmentable false for blocks kept verbatim and never translated (code blocks, rules)
 * @param codes       what the text's inline codes stand for, in formats that keep that per paragraph (Markdown)
 */
public record SourceParagraph(ParagraphKind kind, String markup, String text, boolean segmentable,
                              List<MarkupCode> codes) {

    public SourceParagraph {
        codes = List.copyOf(codes);
    }

    public SourceParagraph(ParagraphKind kind, String markup, String text, boolean segmentable) {
        this(kind, markup, text, segmentable, List.of());
    }

    public static SourceParagraph of(ParagraphKind kind, String text) {
        return new SourceParagraph(kind, "", text, true);
    }
}
