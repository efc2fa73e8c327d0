package org.verso.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.List;
import org.verso.failure.ConflictException;
import org.verso.failure.ErrCommon;
import org.verso.failure.NotFoundException;
import org.verso.interchange.SegmentLayout;
import org.verso.interchange.Sentences;

/**
 * Translators fixing the segmentation: split a segment in two, or join it with the next segment of its paragraph.
 * Each is one transaction that keeps ordinals contiguous and the stored segment count right, and fires an event so
 * translations follow in the same transaction. Segments never cross a paragraph.
 */
@ApplicationScoped
public class ResegmentationService {

    private final Event<SegmentSplit> splits;
    private final Event<SegmentsJoined> joins;

    ResegmentationService(Event<SegmentSplit> splits, Event<SegmentsJoined> joins) {
        this.splits = splits;
        this.joins = joins;
    }

    /** Splits the source at {@code offset}: the first part keeps the segment, the second becomes a new one after it. */
    @Transactional
    public List<SegmentView> splitSegment(long documentId, long segmentId, Integer offset, String username) {
        Document document = lockedDocument(documentId);
        Segment first = requireSegment(documentId, segmentId);
        requireSegmentable(first);
        List<String> parts = SplitPoint.parts(first.sourceText, offset, Sentences.spaced(document.sourceLanguage));
        List<SegmentLayout.Piece> pieces = SegmentLayout.split(piece(first), parts.get(0), parts.get(1));
        shiftAfter(documentId, first.ordinal, 1);
        first.sourceText = parts.get(0);
        first.sourceRaw = pieces.get(0).raw();
        first.gapAfter = pieces.get(0).gap();
        first.wordCount = WordCounter.count(parts.get(0), document.sourceLanguage);
        Segment second = new Segment();
        second.documentId = documentId;
        second.ordinal = first.ordinal + 1;
        second.paragraph = first.paragraph;
        second.kind = first.kind;
        second.sourceText = parts.get(1);
        second.sourceRaw = pieces.get(1).raw();
        second.gapAfter = pieces.get(1).gap();
        second.wordCount = WordCounter.count(parts.get(1), document.sourceLanguage);
        second.translatable = first.translatable;
        second.leftOut = first.leftOut;
        second.persist();
        Segment.flush();
        document.segmentCount++;
        splits.fire(new SegmentSplit(documentId, first.id, first.wordCount, second.id, second.ordinal,
                second.wordCount, second.translatable, username));
        return List.of(SegmentView.of(first), SegmentView.of(second));
    }

    /** Joins the segment with the next one of the same paragraph, which goes; 409 if it is the paragraph's last. */
    @Transactional
    public SegmentView joinWithNext(long documentId, long segmentId, String username) {
        Document document = lockedDocument(documentId);
        Segment first = requireSegment(documentId, segmentId);
        Segment next = Segment.find("documentId = ?1 and ordinal = ?2", documentId, first.ordinal + 1).firstResult();
        if (next == null || next.paragraph != first.paragraph) {
            throw new ConflictException(ErrDocument.class, m -> m.segmentLastParagraphSegments((first.ordinal + 1)));
        }
        SegmentLayout.Piece joined = SegmentLayout.join(piece(first), piece(next),
                Sentences.join(List.of("", ""), document.sourceLanguage));
        first.sourceText = joined.text();
        first.sourceRaw = joined.raw();
        first.gapAfter = joined.gap();
        first.wordCount = WordCounter.count(first.sourceText, document.sourceLanguage);
        // Text that was to be skipped is now part of a sentence someone has to translate.
        first.translatable = first.translatable || next.translatable;
        first.leftOut = !first.translatable && first.leftOut && next.leftOut;
        joins.fire(new SegmentsJoined(documentId, first.id, first.wordCount, first.translatable, next.id,
                next.ordinal, username));
        next.delete();
        shiftAfter(documentId, next.ordinal, -1);
        document.segmentCount--;
        return SegmentView.of(first);
    }

    /**
     * Keeps splits and joins of the document out until the caller's transaction ends, for work that must see one
     * segmentation throughout (adding a target language creates one translation per segment).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdSegmentation(long documentId) {
        lockedDocument(documentId);
    }

    /**
     * Moves every segment after {@code ordinal} by {@code delta}. The unique (document, ordinal) constraint is
     * checked row by row on PostgreSQL and H2, so the rows park at negative ordinals first and land in a second step.
     */
    private static void shiftAfter(long documentId, int ordinal, int delta) {
        Segment.flush();
        Segment.update("ordinal = -ordinal where documentId = ?1 and ordinal > ?2", documentId, ordinal);
        Segment.update("ordinal = ?2 - ordinal where documentId = ?1 and ordinal < 0", documentId, delta);
    }

    private static SegmentLayout.Piece piece(Segment segment) {
        return new SegmentLayout.Piece(segment.sourceText, segment.sourceRaw, segment.gapAfter);
    }

    /** Resegmentations of one document take turns, so two of them never shift the same ordinals at once. */
    private static Document lockedDocument(long documentId) {
        return Document.requireLocked(documentId);
    }

    private static Segment requireSegment(long documentId, long segmentId) {
        Segment segment = Segment.findById(segmentId);
        if (segment == null || segment.documentId != documentId) {
            throw new NotFoundException(ErrCommon.class, m -> m.documentSegment(documentId, segmentId));
        }
        return segment;
    }

    private static void requireSegmentable(Segment segment) {
        Paragraph paragraph = Paragraph.find("documentId = ?1 and position = ?2", segment.documentId,
                segment.paragraph).firstResult();
        if (paragraph != null && !paragraph.segmentable) {
            throw new ConflictException(ErrDocument.class, m -> m.segmentBlockKeptVerbatim((segment.ordinal + 1)));
        }
    }
}
