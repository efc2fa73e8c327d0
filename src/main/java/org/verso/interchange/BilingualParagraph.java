package org.verso.interchange;

import java.util.List;

/** A paragraph of units; {@code markup} and {@code segmentable} are the skeleton kept from import. */
public record BilingualParagraph(ParagraphKind kind, String markup, boolean segmentable, List<BilingualUnit> units) {

    public BilingualParagraph {
        units = List.copyOf(units);
    }
}
