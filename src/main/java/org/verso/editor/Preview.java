package org.verso.editor;

import java.util.List;
import org.verso.interchange.ParagraphKind;

/**
 * The article as it will be exported, for the editor's side panel: its paragraphs in order, each with its segments'
 * current text — the translation where there is one, the source where there is not yet (marked, as the partial
 * export leaves it), skipped segments as they are.
 */
public record Preview(String language, boolean rtl, List<Block> blocks, boolean page) {

    /** What goes between two sentences of a paragraph: nothing in Chinese, Japanese and Thai, a space elsewhere. */
    public String separator() {
        String base = language.split("-")[0];
        return base.equals("zh") || base.equals("ja") || base.equals("th") ? "" : " ";
    }

    /** One paragraph: a heading or a body paragraph, and its segments. */
    public record Block(ParagraphKind kind, List<Piece> pieces) {

        public boolean heading() {
            return kind == ParagraphKind.HEADING;
        }
    }

    /**
     * One segment's text in the preview.
     *
     * @param state "translated", "untranslated" (source shown) or "skipped" (not translated: exported unchanged)
     */
    public record Piece(long segmentId, String text, String state) {
    }
}
