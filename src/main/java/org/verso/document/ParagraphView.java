package org.verso.document;

import org.verso.interchange.ParagraphKind;

/** The skeleton of a paragraph for reassembly on export. */
public record ParagraphView(int position, ParagraphKind kind, String markup, boolean segmentable) {
}
