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

    /** One sentence (or a block kept whole) of paragraph {@code paragraph}. */
    record NewSegment(int paragraph, ParagraphKind kind, String text, boolean translatable) {
    }

    private SourceSegments() {
    }

    static List<NewSegment> of(List<SourceParagraph> paragraphs, Segmenter segmenter) {
        List<NewSegment> segments = new ArrayList<>();
        for (int position = 0; position < paragraphs.size(); position++) {
            SourceParagraph source = paragraphs.get(position);
            List<String> sentences = !source.sentences().isEmpty() ? source.sentences()
                    : source.segmentable() ? split(source.text(), segmenter) : List.of(source.text());
            for (String sentence : sentences) {
                segments.add(new NewSegment(position, source.kind(), sentence, source.segmentable()));
            }
        }
        return segments;
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
