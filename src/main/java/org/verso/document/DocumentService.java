package org.verso.document;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.verso.failure.ConflictException;
import org.verso.failure.ErrCommon;
import org.verso.failure.InvalidInputException;
import org.verso.failure.NotFoundException;
import org.verso.failure.StorableText;
import org.verso.interchange.CodeKinds;
import org.verso.interchange.MarkupCode;
import org.verso.interchange.html.HtmlCodeKinds;

/**
 * Reads documents and the few things that may change on them: title, and the translatable and left-out flags of
 * segments. Splitting and joining segments is {@link ResegmentationService}'s; archiving and deleting documents
 * {@link DocumentLifecycle}'s.
 */
@ApplicationScoped
public class DocumentService {

    private final Event<SegmentTranslatableChanged> translatableChanged;
    /** The kinds of an HTML article's inline codes by "document/source version", the most recently used 64. */
    private final Map<String, Map<Integer, List<String>>> htmlCodeKinds = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Map<Integer, List<String>>> eldest) {
                    return size() > 64;
                }
            });

    DocumentService(Event<SegmentTranslatableChanged> translatableChanged) {
        this.translatableChanged = translatableChanged;
    }

    /** The documents in use, newest first; with {@code archived}, the archived ones instead. Never deleted ones. */
    public List<DocumentSummary> listDocuments(boolean archived) {
        List<Document> documents = Document.list("deletedAt is null and archivedAt is " + (archived ? "not " : "")
                + "null", Sort.descending("createdAt").and("id", Sort.Direction.Descending));
        return documents.stream().map(DocumentSummary::of).toList();
    }

    public DocumentSummary getDocument(long id) {
        return DocumentSummary.of(require(id), DocumentSkeleton.repairs(id));
    }

    /**
     * The document's source language, or 404: what a save needs of its document, without the skeleton's repairs
     * that {@link #getDocument} reads (the row itself comes from the transaction's cache after the first call).
     */
    public String sourceLanguage(long id) {
        return require(id).sourceLanguage;
    }

    @Transactional
    public DocumentSummary renameDocument(long id, String title) {
        if (title == null || title.isBlank()) {
            throw new InvalidInputException(ErrDocument.class, m -> m.titleCannotEmpty());
        }
        StorableText.require(title, "The title");
        if (title.strip().length() > 500) {
            throw new InvalidInputException(ErrDocument.class, m -> m.titleMostCharacters());
        }
        require(id).title = title.strip();
        return getDocument(id);
    }

    public List<SegmentView> segments(long documentId) {
        require(documentId);
        List<Segment> segments = Segment.list("documentId", Sort.by("ordinal"), documentId);
        return segments.stream().map(SegmentView::of).toList();
    }

    /**
     * Page {@code page} (1-based; out of range: the nearest page) of {@code size} segments in document order, read
     * along the (document, ordinal) index.
     */
    public SegmentPage segmentPage(long documentId, int page, int size) {
        require(documentId);
        long total = Segment.count("documentId", documentId);
        int pageCount = (int) Math.max(1, (total + size - 1) / size);
        int shown = Math.min(Math.max(page, 1), pageCount);
        List<Segment> segments = Segment.find("documentId", Sort.by("ordinal"), documentId)
                .page(Page.of(shown - 1, size)).list();
        return new SegmentPage(segments.stream().map(SegmentView::of).toList(), shown, pageCount, total);
    }

    /** One segment with its neighbours' source texts; 404 if the document has no such segment. */
    public SegmentContext segmentInContext(long documentId, long segmentId) {
        Segment segment = Segment.find("documentId = ?1 and id = ?2", documentId, segmentId).firstResult();
        if (segment == null) {
            throw new NotFoundException(ErrCommon.class, m -> m.documentSegment(documentId, segmentId));
        }
        // A range along the (document, ordinal) index, not an IN list: Hibernate translates a query with a list
        // parameter again at every call, and a save asks this every time.
        List<Segment> around = Segment.list("documentId = ?1 and ordinal between ?2 and ?3", documentId,
                segment.ordinal - 1, segment.ordinal + 1);
        String previous = null;
        String next = null;
        for (Segment neighbour : around) {
            if (neighbour.ordinal < segment.ordinal) {
                previous = neighbour.sourceText;
            } else if (neighbour.ordinal > segment.ordinal) {
                next = neighbour.sourceText;
            }
        }
        return new SegmentContext(SegmentView.of(segment), previous, next);
    }

    /** Every segment with its neighbours' source texts, in document order. */
    public List<SegmentContext> segmentsInContext(long documentId) {
        List<SegmentView> all = segments(documentId);
        List<SegmentContext> contexts = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            contexts.add(new SegmentContext(all.get(i), i == 0 ? null : all.get(i - 1).source(),
                    i + 1 == all.size() ? null : all.get(i + 1).source()));
        }
        return contexts;
    }

    /** The document's segments whose source is one of {@code sources}, in document order; one query. */
    public List<SegmentView> segmentsWithSources(long documentId, Collection<String> sources) {
        if (sources.isEmpty()) {
            return List.of();
        }
        List<Segment> segments = sources.size() == 1 // one save's check: a query Hibernate translates only once
                ? Segment.list("documentId = ?1 and sourceText = ?2", Sort.by("ordinal"), documentId,
                        sources.iterator().next())
                : Segment.list("documentId = ?1 and sourceText in ?2", Sort.by("ordinal"), documentId, sources);
        return segments.stream().map(SegmentView::of).toList();
    }

    /** The segments with the given ids, in document order; one query however many. */
    public List<SegmentView> segments(long documentId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Segment> segments = Segment.list("documentId = ?1 and id in ?2", Sort.by("ordinal"), documentId, ids);
        return segments.stream().map(SegmentView::of).toList();
    }

    /** The catalog units among the given segments that name a maximum length: segment id → the longest translation. */
    public Map<Long, Integer> maxLengths(long documentId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        if (ids.size() == 1) { // one save's check: the segment is in the session already (its context was read)
            Segment segment = Segment.findById(ids.iterator().next());
            return segment == null || segment.documentId != documentId || segment.maxLength == null ? Map.of()
                    : Map.of(segment.id, segment.maxLength);
        }
        List<Segment> limited = Segment.list("documentId = ?1 and id in ?2 and maxLength is not null", documentId, ids);
        return limited.stream().collect(Collectors.toMap(s -> s.id, s -> s.maxLength));
    }

    /** Of the given segments, those followed by another segment of the same paragraph: the ones that can be joined. */
    public Set<Long> joinableSegments(long documentId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<Long> joinable = Segment.getEntityManager().createQuery("select s.id from Segment s, Segment n"
                        + " where s.documentId = :d and s.id in :ids and n.documentId = s.documentId"
                        + " and n.ordinal = s.ordinal + 1 and n.paragraph = s.paragraph", Long.class)
                .setParameter("d", documentId).setParameter("ids", ids).getResultList();
        return Set.copyOf(joinable);
    }

    /**
     * What each inline code of these paragraphs stands for ("link", "bold"…): paragraph position → kinds of codes 1,
     * 2, …. From the skeleton for HTML, from the stored markup for Markdown; empty for formats without codes.
     */
    public Map<Integer, List<String>> codeKinds(long documentId, Collection<Integer> paragraphs) {
        if (paragraphs.isEmpty()) {
            return Map.of();
        }
        Document document = require(documentId);
        if (document.format == SourceFormat.HTML) {
            // One parse of the page per source version, not one per editor page or save: the skeleton is large.
            Map<Integer, List<String>> all = htmlCodeKinds.computeIfAbsent(documentId + "/" + document.sourceVersion,
                    key -> skeleton(documentId).map(HtmlCodeKinds::of).orElse(Map.of()));
            Map<Integer, List<String>> wanted = new HashMap<>();
            paragraphs.forEach(p -> Optional.ofNullable(all.get(p)).ifPresent(kinds -> wanted.put(p, kinds)));
            return wanted;
        }
        List<Paragraph> marked = Paragraph.list("documentId = ?1 and position in ?2 and inlineCodes is not null",
                documentId, paragraphs);
        // A Word paragraph stores its codes' kinds themselves (the markup stays in the file); a catalog's code is
        // best named by the placeholder itself ("%s", "{{count}}").
        Function<MarkupCode, String> kind = document.format == SourceFormat.DOCX || document.format.catalog()
                ? MarkupCode::open
                : CodeKinds::ofMarkdown;
        return marked.stream().collect(Collectors.toMap(p -> p.position,
                p -> MarkupCode.parse(p.inlineCodes).stream().map(kind).toList()));
    }

    /** The HTML page an article imported from HTML is exported into; empty for other formats. */
    public Optional<String> skeleton(long documentId) {
        DocumentSkeleton skeleton = DocumentSkeleton.findById(documentId);
        return Optional.ofNullable(skeleton).map(s -> s.content);
    }

    public List<ParagraphView> paragraphs(long documentId) {
        List<Paragraph> paragraphs = Paragraph.list("documentId", Sort.by("position"), documentId);
        return paragraphs.stream().map(p -> new ParagraphView(p.position, p.kind, p.markup, p.segmentable,
                MarkupCode.parse(p.inlineCodes), p.lead)).toList();
    }

    /**
     * Marks a segment (web-page cruft, say) as not to be translated or back, and a skipped one left out of the export
     * or not; each flag only when given. A translatable segment is always exported, so {@code leftOut} is for a
     * skipped one only (409 otherwise, nothing changed), and translating a segment again puts it back in the export.
     */
    @Transactional
    public SegmentView markSegment(long documentId, long segmentId, Boolean translatable, Boolean leftOut) {
        Segment segment = Segment.findById(segmentId);
        if (segment == null || segment.documentId != documentId) {
            throw new NotFoundException(ErrCommon.class, m -> m.documentSegment(documentId, segmentId));
        }
        boolean nowTranslatable = translatable == null ? segment.translatable : translatable;
        if (Boolean.TRUE.equals(leftOut) && nowTranslatable) {
            throw new ConflictException(ErrDocument.class, m -> m.segmentTranslatedSoExport((segment.ordinal + 1)));
        }
        if (segment.translatable != nowTranslatable) {
            segment.translatable = nowTranslatable;
            translatableChanged.fire(new SegmentTranslatableChanged(documentId, segmentId, nowTranslatable));
        }
        segment.leftOut = !nowTranslatable && (leftOut == null ? segment.leftOut : leftOut);
        return SegmentView.of(segment);
    }

    private static Document require(long id) {
        return Document.require(id);
    }
}
