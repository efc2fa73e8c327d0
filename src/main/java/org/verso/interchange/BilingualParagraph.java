package org.verso.interchange;

import java.util.List;

/**
 * A paragraph of units; {@code markup}, {@code segmentable} and {@code codes} (what the units' inline codes stand
 * for, in formats that keep it per paragraph) are the skeleton kept from import. A paragraph without units was left
 * out of the export (web-page boilerplate): writers leave it out, with its separator or element. {@code lead} is the
 * source's exact text before the first unit (white space inside an HTML block, the blank lines before a plain-text
 * paragraph); null when not known or not wanted (an export into another format), then writers separate paragraphs
 * their own way ({@link ParagraphText}).
 */
public record BilingualParagraph(ParagraphKind kind, String markup, boolean segmentable, List<BilingualUnit> units,
                                 List<MarkupCode> codes, String lead) {

    public BilingualParagraph {
        units = List.copyOf(units);
        codes = List.copyOf(codes);
    }

    public BilingualParagraph(ParagraphKind kind, String markup, boolean segmentable, List<BilingualUnit> units,
                              List<MarkupCode> codes) {
        this(kind, markup, segmentable, units, codes, null);
    }

    /** Whether the paragraph knows its source's exact edges, so a writer of its own format prints them. */
    public boolean exact() {
        return lead != null;
    }

    public BilingualParagraph(ParagraphKind kind, String markup, boolean segmentable, List<BilingualUnit> units) {
        this(kind, markup, segmentable, units, List.of());
    }
}
