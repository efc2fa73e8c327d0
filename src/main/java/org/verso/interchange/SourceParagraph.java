package org.verso.interchange;

import java.util.List;

/**
 * One paragraph as a reader found it.
 *
 * @param kind        heading, body or other
 * @param markup      the format's block markup kept as skeleton (Markdown "## ", "- ", "> "); empty for plain text
 * @param text        the paragraph's exact source text: soft line breaks, double spaces and white space at its edges
 *                    as the file has them (the segments' text is tidied, {@link SegmentLayout} keeps the rest); for
 *                    Markdown still one line until its reader keeps them
 * @param segmentable false for blocks kept verbatim and never translated (code blocks, rules)
 * @param sentences   the paragraph's segments when the file was segmented already (XLIFF), kept as they are;
 *                    empty when the segmentation rules should split {@code text}
 * @param codes       what the text's inline codes stand for, in formats that keep that per paragraph (Markdown)
 * @param lead        the file's text before {@code text} that belongs to this paragraph's place and is no markup: the
 *                    blank lines separating it from the previous paragraph in plain text; empty elsewhere
 * @param trail       the same after {@code text}: the plain-text file's last line break, after its last paragraph
 */
public record SourceParagraph(ParagraphKind kind, String markup, String text, boolean segmentable,
                              List<String> sentences, List<MarkupCode> codes, String lead, String trail) {

    public SourceParagraph {
        sentences = List.copyOf(sentences);
        codes = List.copyOf(codes);
        lead = lead == null ? "" : lead;
        trail = trail == null ? "" : trail;
    }

    public SourceParagraph(ParagraphKind kind, String markup, String text, boolean segmentable,
                           List<String> sentences, List<MarkupCode> codes) {
        this(kind, markup, text, segmentable, sentences, codes, "", "");
    }

    /** The text as one tidy line (white space collapsed, edges trimmed), for titles and guesses. */
    public String readable() {
        return SegmentLayout.readable(text);
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
