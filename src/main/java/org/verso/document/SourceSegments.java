package org.verso.document;

import java.util.ArrayList;
import java.util.List;
import org.verso.interchange.MarkupCode;
import org.verso.interchange.ParagraphKind;
import org.verso.interchange.SourceParagraph;
import org.verso.interchange.InlineCodes;
import org.verso.segmentation.Segmenter;

/** The segments an article's paragraphs split into, before they are stored: for an import and for a new version. */
final class SourceSegments {

    /**
     * One sentence (or a block kept whole) of paragraph {@code paragraph}; web-page boilerplate comes skipped
     * ({@code translatable} false) and {@code leftOut} of the export.
     */
    record NewSegment(int paragraph, ParagraphKind kind, String text, boolean translatable, boolean leftOut) {
    }

    private SourceSegments() {
    }

    /** With {@code detectBoilerplate}, the paragraphs {@link #isBoilerplate} finds are skipped and left out. */
    static List<NewSegment> of(List<SourceParagraph> paragraphs, Segmenter segmenter, boolean detectBoilerplate) {
        List<NewSegment> segments = new ArrayList<>();
        for (int position = 0; position < paragraphs.size(); position++) {
            SourceParagraph source = paragraphs.get(position);
            List<String> sentences = !source.sentences().isEmpty() ? source.sentences()
                    : source.segmentable() ? split(source.text(), segmenter) : List.of(source.text());
            boolean cruft = detectBoilerplate && isBoilerplate(source);
            for (String sentence : sentences) {
                segments.add(new NewSegment(position, source.kind(), sentence, source.segmentable() && !cruft, cruft));
            }
        }
        return segments;
    }

    /**
     * A paragraph of running text or a heading that is all web-page boilerplate ({@link Boilerplate}); never a
     * block kept verbatim (code) or an attribute's text (an image's alt), which are no page furniture.
     */
    static boolean isBoilerplate(SourceParagraph paragraph) {
        return paragraph.segmentable() && paragraph.kind() != ParagraphKind.OTHER
                && Boilerplate.is(InlineCodes.strip(paragraph.text()));
    }

    /** Splits a paragraph with inline codes masked, so a code never splits and never hides a sentence end. */
    private static List<String> split(String text, Segmenter segmenter) {
        InlineCodes.Masked masked = InlineCodes.mask(text);
        return segmenter.split(masked.text()).stream().map(masked::unmask).toList();
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
            paragraph.persist();
        }
    }
}
