package org.verso.document;

import java.util.List;
import org.verso.interchange.MarkupCode;
import org.verso.interchange.ParagraphKind;

/**
 * The skeleton of a paragraph for reassembly on export.
 *
 * @param lead the source's exact text before the first segment; null when not kept (imported before)
 */
public record ParagraphView(int position, ParagraphKind kind, String markup, boolean segmentable,
                            List<MarkupCode> codes, String lead) {

    public ParagraphView(int position, ParagraphKind kind, String markup, boolean segmentable,
                         List<MarkupCode> codes) {
        this(position, kind, markup, segmentable, codes, null);
    }
}
