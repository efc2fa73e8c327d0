package org.verso.document;

import org.verso.interchange.ParagraphKind;

/**
 * One segment as pages, the API and other packages see it.
 *
 * @param translatable false for a skipped segment (web-page cruft): exported as it is, not counted in progress
 * @param leftOut      for a skipped segment: left out of the exports that rebuild the source (text, Markdown, HTML)
 */
public record SegmentView(long id, int ordinal, int paragraph, ParagraphKind kind, String source, int words,
                          boolean translatable, boolean leftOut) {

    static SegmentView of(Segment segment) {
        return new SegmentView(segment.id, segment.ordinal, segment.paragraph, segment.kind, segment.sourceText,
                segment.wordCount, segment.translatable, segment.leftOut);
    }
}
