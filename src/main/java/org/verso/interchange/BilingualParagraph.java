package org.verso.interchange;

import java.util.List;

/**
 * A paragraph of units; {@code markup}, {@code segmentable} and {@code codes} (what the units' inline codes stand
 * for, in formats that keep it per paragraph) are the skeleton kept from import. A paragraph without units was left
 * out of the export (web-page boilerplate): writers leave it out, with its separator or element.
 */
public record BilingualParagraph(ParagraphKind kind, String markup, boolean segmentable, List<BilingualUnit> units,
                                 List<MarkupCode> codes) {

    public BilingualParagraph {
        units = List.copyOf(units);
        codes = List.copyOf(codes);
    }

    public BilingualParagraph(ParagraphKind kind, String markup, boolean segmentable, List<BilingualUnit> units) {
        this(kind, markup, segmentable, units, List.of());
    }
}
