package org.verso.document;

import java.util.ArrayList;
import java.util.List;
import org.verso.interchange.MarkupCode;
import org.verso.interchange.ParagraphKind;
import org.verso.interchange.SourceDocument;
import org.verso.interchange.SourceParagraph;
import org.verso.interchange.catalog.CatalogUnit;
import org.verso.interchange.InlineCodes;
import org.verso.interchange.SegmentLayout;
import org.verso.segmentation.Segmenter;

/** The segments an article's paragraphs split into, before they are stored: for an import and for a new version. */
final class SourceSegments {

    /**
     * One sentence (or a block kept whole) of paragraph {@code paragraph}; web-page boilerplate comes skipped
     * ({@code translatable} false) and {@code leftOut} of the export. {@code raw} and {@code gap} place it in the
     * source exactly ({@link SegmentLayout}); {@code gap} is null where the layout could not be found.
     */
    record NewSegment(int paragraph, ParagraphKind kind, String text, boolean translatable, boolean leftOut,
                      String raw, String gap, CatalogUnit unit) {

        NewSegment(int paragraph, ParagraphKind kind, String text, boolean translatable, boolean leftOut, String raw,
                   String gap) {
            this(paragraph, kind, text, translatable, leftOut, raw, gap, null);
        }

        /** Puts the segment's exact place in the source (and a catalog unit's key and notes) on a stored segment. */
        void layOut(Segment segment) {
            segment.sourceRaw = raw;
            segment.gapAfter = gap;
            CatalogUnits.describe(segment, unit);
        }
    }

    private SourceSegments() {
    }

    /**
     * The segments of a source: a catalog's units one each, never split and never taken for boilerplate; an article's
     * paragraphs split by the rules, boilerplate found with {@code detectBoilerplate}.
     */
    static List<NewSegment> of(SourceDocument source, Segmenter segmenter, boolean detectBoilerplate) {
        if (!source.catalog()) {
            return of(source.paragraphs(), segmenter, detectBoilerplate);
        }
        List<NewSegment> segments = new ArrayList<>();
        for (int position = 0; position < source.units().size(); position++) {
            CatalogUnit unit = source.units().get(position);
            segments.add(new NewSegment(position, ParagraphKind.OTHER, unit.text(), unit.translatable(), false, null,
                    null, unit));
        }
        return segments;
    }

    /** With {@code detectBoilerplate}, the paragraphs {@link #isBoilerplate} finds are skipped and left out. */
    static List<NewSegment> of(List<SourceParagraph> paragraphs, Segmenter segmenter, boolean detectBoilerplate) {
        List<NewSegment> segments = new ArrayList<>();
        for (int position = 0; position < paragraphs.size(); position++) {
            SourceParagraph source = paragraphs.get(position);
            boolean cruft = detectBoilerplate && isBoilerplate(source);
            for (SegmentLayout.Piece piece : pieces(source, segmenter)) {
                segments.add(new NewSegment(position, source.kind(), piece.text(), source.segmentable() && !cruft,
                        cruft, piece.raw(), piece.gap()));
            }
        }
        return segments;
    }

    /**
     * The paragraph's segments placed in its exact text; the last one's gap takes the paragraph's trail. A block kept
     * whole is one piece, exactly as it is. Should the segments not cover the text, they come without a layout.
     */
    private static List<SegmentLayout.Piece> pieces(SourceParagraph source, Segmenter segmenter) {
        if (!source.segmentable() && source.sentences().isEmpty()) {
            return List.of(new SegmentLayout.Piece(source.text(), null, source.trail()));
        }
        SegmentLayout.Laid laid;
        List<String> sentences;
        if (!source.sentences().isEmpty()) {
            sentences = source.sentences();
            laid = SegmentLayout.of(source.text(), sentences);
        } else {
            InlineCodes.Masked masked = InlineCodes.mask(source.text());
            List<String> pieces = segmenter.split(masked.text());
            SegmentLayout.Laid maskedLaid = SegmentLayout.of(masked.text(), pieces);
            sentences = pieces.stream().map(masked::unmask).toList();
            laid = maskedLaid == null ? null : unmask(maskedLaid, masked, sentences);
        }
        if (laid == null) {
            return sentences.stream().map(text -> new SegmentLayout.Piece(text, null, null)).toList();
        }
        List<SegmentLayout.Piece> pieces = new ArrayList<>(laid.pieces());
        SegmentLayout.Piece last = pieces.remove(pieces.size() - 1);
        pieces.add(new SegmentLayout.Piece(last.text(), last.raw(), last.gap() + source.trail()));
        return pieces;
    }

    private static SegmentLayout.Laid unmask(SegmentLayout.Laid laid, InlineCodes.Masked masked,
                                             List<String> sentences) {
        List<SegmentLayout.Piece> pieces = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            SegmentLayout.Piece piece = laid.pieces().get(i);
            String raw = piece.raw() == null ? null : masked.unmask(piece.raw());
            pieces.add(new SegmentLayout.Piece(sentences.get(i), raw, masked.unmask(piece.gap())));
        }
        return new SegmentLayout.Laid(laid.lead(), pieces);
    }

    /**
     * The paragraph's exact text before its first segment: its lead and, where it is split into sentences, the white
     * space its text starts with (a block kept whole keeps that inside its one segment).
     */
    static String lead(SourceParagraph source) {
        if (!source.segmentable() && source.sentences().isEmpty()) {
            return source.lead();
        }
        String text = source.text();
        int at = 0;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return source.lead() + text.substring(0, at);
    }

    /**
     * A paragraph of running text or a heading that is all web-page boilerplate ({@link Boilerplate}); never a
     * block kept verbatim (code) or an attribute's text (an image's alt), which are no page furniture.
     */
    static boolean isBoilerplate(SourceParagraph paragraph) {
        return paragraph.segmentable() && paragraph.kind() != ParagraphKind.OTHER
                && Boilerplate.is(InlineCodes.strip(paragraph.readable()));
    }

    /** Stores the paragraphs' skeleton (kind and block markup) of a document, positions from 0. */
    static void persistSkeleton(long documentId, List<SourceParagraph> paragraphs) {
        for (int position = 0; position < paragraphs.size(); position++) {
            SourceParagraph source = paragraphs.get(position);
            Paragraph paragraph = new Paragraph();
            paragraph.documentId = documentId;
            paragraph.position = position;
            paragraph.kind = source.kind();
            paragraph.markup = source.markup();
            paragraph.segmentable = source.segmentable();
            paragraph.inlineCodes = MarkupCode.serialize(source.codes());
            paragraph.lead = lead(source);
            paragraph.persist();
        }
    }
}
