package org.verso.document;

import java.util.List;
import org.verso.interchange.MarkupCode;
import org.verso.interchange.ParagraphKind;

/** The skeleton of a paragraph for reassembly on export. */
public record ParagraphView(int position, ParagraphKind kind, String markup, boolean segmentable,
                            List<MarkupCode> codes) {
}
