package org.verso.document;

import java.util.Map;
import org.verso.interchange.ParagraphKind;
import org.verso.interchange.catalog.PluralText;

/**
 * One segment as pages, the API and other packages see it.
 *
 * @param translatable false for a skipped segment (web-page cruft): exported as it is, not counted in progress
 * @param leftOut      for a skipped segment: left out of the exports that rebuild the source (text, Markdown, HTML)
 * @param raw          the exact source slice where it differs from {@code source}; null when the same
 * @param gap          the exact white space after the segment in the source; null when not kept (imported before)
 * @param key          a catalog unit's key (PO msgid, JSON path); null for an article's segment
 * @param context      a PO unit's msgctxt; null when none
 * @param comment      the catalog's notes for translators on the unit; null when none
 * @param flags        a PO unit's flags as written ({@code c-format}); null when none
 * @param maxLength    the longest translation the software takes, where the catalog says; null when it does not
 * @param plural       whether the unit is a plural: its translation has one form per category of the language
 * @param sourceForms  a plural's source forms by category ({@code source} is its {@code other}); null otherwise
 */
public record SegmentView(long id, int ordinal, int paragraph, ParagraphKind kind, String source, int words,
                          boolean translatable, boolean leftOut, String raw, String gap, String key, String context,
                          String comment, String flags, Integer maxLength, boolean plural,
                          Map<String, String> sourceForms) {

    public SegmentView(long id, int ordinal, int paragraph, ParagraphKind kind, String source, int words,
                       boolean translatable, boolean leftOut, String raw, String gap) {
        this(id, ordinal, paragraph, kind, source, words, translatable, leftOut, raw, gap, null, null, null, null,
                null, false, null);
    }

    public SegmentView(long id, int ordinal, int paragraph, ParagraphKind kind, String source, int words,
                       boolean translatable, boolean leftOut) {
        this(id, ordinal, paragraph, kind, source, words, translatable, leftOut, null, null);
    }

    static SegmentView of(Segment segment) {
        return new SegmentView(segment.id, segment.ordinal, segment.paragraph, segment.kind, segment.sourceText,
                segment.wordCount, segment.translatable, segment.leftOut, segment.sourceRaw, segment.gapAfter,
                segment.unitKey, segment.unitContext, segment.unitComment, segment.unitFlags, segment.maxLength,
                segment.pluralSource != null,
                segment.pluralSource == null ? null : PluralText.decode(segment.pluralSource));
    }

    /** Whether the segment is a unit of a string catalog (it has a key). */
    public boolean catalogUnit() {
        return key != null;
    }
}
