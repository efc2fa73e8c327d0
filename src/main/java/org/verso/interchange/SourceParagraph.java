package org.verso.interchange;

import java.util.List;

/**
 * One paragraph as a reader found it.
 *
 * @param kind        heading, body or other
 * @param markup      the format's block markup kept as skeleton (Markdown "## ", "- ", "> "); empty for plain text
 * @param text        the paragraph's text, soft line breaks turned into spaces
 * @param segmentable false for blocks kept verbatim and never translated (code blocks, rules)
 * @param sentences   the paragraph's segments when the file was segmented already (XLIFF), kept as they are;
 *                    empty when the segmentation rules should split {@code text}
 * @param codes       what the text's inline codes stand for, in formats that keep that per paragraph (Markdown)
 */
public record SourceParagraph(ParagraphKind kind, String markup, String text, boolean segmentable,
                              List<String> sentences, List<MarkupCode> codes) {

    public SourceParagraph {
        sentences = List.copyOf(sentences);
        codes = List.copyOf(codes);
    }

    public SourceParagraph(ParagraphKind kind, String markup, String text, boolean segmentable) {
        this(kind, markup, text, segmentable, List.of(), List.of());
    }

    /** A paragraph a bilingual file delivers already segmented. */
    public static SourceParagraph segmented(ParagraphKind kind, String text, List<String> sentences) {
        return new SourceParagraph(kind, "", text, true, sentences, List.of());
    }

    /** A paragraph with inline codes that stand for markup of the format (Markdown). */
    public static SourceParagraph withCodes(ParagraphKind kind, String markup, String text, List<MarkupCode> codes) {
        return new SourceParagraph(kind, markup, text, true, List.of(), codes);
    }

    public static SourceParagraph of(ParagraphKind kind, String text) {
        return new SourceParagraph(kind, "", text, true);
    }
}
