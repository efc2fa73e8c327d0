package org.verso.document;

import org.verso.interchange.ParagraphKind;

public record SegmentView(long id, int ordinal, int paragraph, ParagraphKind kind, String source, int words,
                          boolean translatable) {

    static SegmentView of(Segment segment) {
        return new SegmentView(segment.id, segment.ordinal, segment.paragraph, segment.kind, segment.sourceText,
                segment.wordCount, segment.translatable);
    }
}
