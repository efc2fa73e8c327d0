package org.verso.document;

import org.verso.interchange.ParagraphKind;

/**
 * One segment as pages, the API and other packages see it.
 *
 * @param translatable false for a skipped segment (web-page cruft): exported as it is, not counted in progress
 * @param leftOut      for a skipped segment: left out of the exports that rebuild the source (text, Markdown, HTML)
 * @param raw          the exact source slice where it differs from {@code source}; null when the same
 * @param gap          the exact white space after the segment in the source; null when not kept (imported before)
 */
public record SegmentView(long id, int ordinal, int paragraph, ParagraphKind kind, String source, int words,
                          boolean translatable, boolean leftOut, String raw, String gap) {

    public SegmentView(long id, int ordinal, int paragraph, ParagraphKind kind, String source, int words,
                       boolean translatable, boolean leftOut) {
        this(id, ordinal, paragraph, kind, source, words, translatable, leftOut, null, null);
    }

    static SegmentView of(Segment segment) {
        return new SegmentView(segment.id, segment.ordinal, segment.paragraph, segment.kind, segment.sourceText,
                segment.wordCount, segment.translatable, segment.leftOut, segment.sourceRaw, segment.gapAfter);
    }
}
