package org.verso.document;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.verso.failure.InvalidInputException;
import org.verso.failure.NotFoundException;
import org.verso.interchange.SourceDocument;
import org.verso.language.LanguageTags;

/**
 * New versions of an article's source. The new text is segmented with the document's rules and aligned with the
 * current segments ({@link SourceAlignment}): unchanged segments keep their rows, translations and statuses; an
 * edited sentence keeps its row with the new text (its translations become FUZZY, see {@link SourceRevised});
 * new sentences get new rows; removed ones move to the archive with their translations. One transaction, the
 * document locked against splits, joins and other versions meanwhile.
 */
@ApplicationScoped
public class SourceVersionService {

    private final ArticleImporter importer;
    private final RuleSetService ruleSets;
    private final Event<SourceRevised> revisions;

    SourceVersionService(ArticleImporter importer, RuleSetService ruleSets, Event<SourceRevised> revisions) {
        this.importer = importer;
        this.ruleSets = ruleSets;
        this.revisions = revisions;
    }

    /** {@code request}'s format may be null: the new version comes in the document's current format. */
    @Transactional
    public VersionSummary addVersion(long documentId, ImportRequest given) {
        Document document = Document.requireLocked(documentId);
        ImportRequest request = given.format() != null ? given : given.withFormat(document.format);
        requireSameLanguage(document, request.sourceLanguage());
        SourceDocument source = importer.readSource(request);
        if (request.segmentationRules() != null && !request.segmentationRules().isBlank()) {
            document.segmentationRules = ruleSets.resolve(request.segmentationRules());
        }
        if (source.catalog() != document.format.catalog()) {
            boolean catalog = document.format.catalog();
            throw new InvalidInputException(ErrDocument.class, m -> catalog ? m.newVersionOfCatalog()
                    : m.newVersionOfArticle());
        }
        List<SourceSegments.NewSegment> fresh = SourceSegments.of(source,
                ruleSets.segmenter(document.segmentationRules, document.sourceLanguage), true);
        // Parked at -1, -2, ... first, so that new ordinals never meet old ones under the unique constraint; read
        // after parking, so that every kept segment's new ordinal differs from what the session holds and is written.
        Segment.update("ordinal = -ordinal - 1 where documentId = ?1", documentId);
        List<Segment> current = Segment.list("documentId", Sort.descending("ordinal"), documentId);
        List<SourceAlignment.Pair> pairs = source.catalog() ? CatalogAlignment.align(current, fresh)
                : SourceAlignment.align(current.stream().map(s -> s.sourceText).toList(),
                        fresh.stream().map(SourceSegments.NewSegment::text).toList());
        if (DocumentVersion.count("documentId", documentId) == 0) {
            recordImportAsFirstVersion(document);
        }
        int version = document.sourceVersion + 1;
        Changes changes = apply(document, version, current, fresh, pairs);
        replaceSkeleton(document, source);
        DocumentSkeleton.store(documentId, source.skeleton(), source.repairs());
        SegmentArchive.copyRemoved(version, ids(changes.removed)); // their translations follow on the event
        Segment.flush();
        revisions.fire(new SourceRevised(documentId, version, document.sourceLanguage, ids(changes.changed),
                ids(changes.added), ids(changes.removed), request.username()));
        changes.removed.forEach(Segment::delete);
        document.sourceVersion = version;
        document.format = request.format();
        document.segmentCount = fresh.size();
        document.paragraphCount = source.paragraphs().size();
        return VersionSummary.of(recordVersion(document, request, changes));
    }

    public List<VersionSummary> versions(long documentId) {
        Document document = Document.require(documentId);
        List<DocumentVersion> stored = DocumentVersion.list("documentId", Sort.by("version"), documentId);
        if (stored.isEmpty()) {
            return List.of(new VersionSummary(1, document.format.id(), 0, 0, document.segmentCount, 0,
                    document.createdAt, document.createdBy));
        }
        return stored.stream().map(VersionSummary::of).toList();
    }

    /** One version with its changes in document order; 404 if there is no such version. */
    public VersionDetail version(long documentId, int version) {
        VersionSummary summary = versions(documentId).stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> new NotFoundException(ErrDocument.class,
                        m -> m.documentVersion(documentId, version)));
        List<SourceChange> changes = SourceChange.list("documentId = ?1 and version = ?2",
                Sort.by("ordinal").and("id"), documentId, version);
        return new VersionDetail(summary, changes.stream().map(SourceChangeView::of).toList());
    }

    /**
     * The change the given source version (the document's current one, which the caller has read) made to each of
     * the given segments, by segment id: what the editor shows above a FUZZY translation. One query.
     */
    public Map<Long, SourceChangeView> currentChanges(long documentId, int sourceVersion,
                                                      Collection<Long> segmentIds) {
        if (segmentIds.isEmpty()) {
            return Map.of();
        }
        List<SourceChange> changes = SourceChange.list("documentId = ?1 and version = ?2 and kind = ?3 "
                + "and segmentId in ?4", documentId, sourceVersion, SourceChange.Kind.CHANGED, segmentIds);
        Map<Long, SourceChangeView> bySegment = new HashMap<>();
        changes.forEach(c -> bySegment.put(c.segmentId, SourceChangeView.of(c)));
        return bySegment;
    }

    private static final class Changes {
        final List<Segment> changed = new ArrayList<>();
        final List<Segment> added = new ArrayList<>();
        final List<Segment> removed = new ArrayList<>();
        int unchanged;
    }

    private static Changes apply(Document document, int version, List<Segment> current,
                                 List<SourceSegments.NewSegment> fresh, List<SourceAlignment.Pair> pairs) {
        Changes changes = new Changes();
        for (SourceAlignment.Pair pair : pairs) {
            if (pair.newIndex() < 0) {
                Segment gone = current.get(pair.oldIndex());
                changes.removed.add(gone);
                change(document.id, version, SourceChange.Kind.REMOVED, gone.id, pair.oldIndex(), gone.sourceText, null);
                continue;
            }
            SourceSegments.NewSegment next = fresh.get(pair.newIndex());
            if (pair.oldIndex() < 0) {
                Segment added = ArticleImporter.persistSegment(document, pair.newIndex(), next);
                changes.added.add(added);
                change(document.id, version, SourceChange.Kind.ADDED, added.id, pair.newIndex(), null, next.text());
                continue;
            }
            Segment kept = current.get(pair.oldIndex());
            kept.ordinal = pair.newIndex();
            kept.paragraph = next.paragraph();
            kept.kind = next.kind();
            next.layOut(kept); // the text may be the same while the white space around it changed
            if (pair.changed()) {
                change(document.id, version, SourceChange.Kind.CHANGED, kept.id, pair.newIndex(), kept.sourceText,
                        next.text());
                kept.sourceText = next.text();
                kept.wordCount = WordCounter.count(next.text(), document.sourceLanguage);
                changes.changed.add(kept);
            } else {
                changes.unchanged++;
            }
        }
        return changes;
    }

    private static void change(long documentId, int version, SourceChange.Kind kind, long segmentId, int ordinal,
                               String oldText, String newText) {
        SourceChange change = new SourceChange();
        change.documentId = documentId;
        change.version = version;
        change.kind = kind;
        change.segmentId = segmentId;
        change.ordinal = ordinal;
        change.oldText = oldText;
        change.newText = newText;
        change.persist();
    }

    private static void replaceSkeleton(Document document, SourceDocument source) {
        Paragraph.delete("documentId", document.id);
        Paragraph.flush();
        SourceSegments.persistSkeleton(document.id, source.paragraphs());
    }

    private static void recordImportAsFirstVersion(Document document) {
        DocumentVersion first = new DocumentVersion();
        first.documentId = document.id;
        first.version = 1;
        first.format = document.format;
        first.added = document.segmentCount;
        first.createdAt = document.createdAt;
        first.createdBy = document.createdBy;
        first.persist();
    }

    private static DocumentVersion recordVersion(Document document, ImportRequest request, Changes changes) {
        DocumentVersion version = new DocumentVersion();
        version.documentId = document.id;
        version.version = document.sourceVersion;
        version.format = request.format();
        version.unchanged = changes.unchanged;
        version.changed = changes.changed.size();
        version.added = changes.added.size();
        version.removed = changes.removed.size();
        version.createdAt = Instant.now();
        version.createdBy = request.username();
        version.persist();
        return version;
    }

    private static void requireSameLanguage(Document document, String language) {
        if (language == null || language.isBlank()) {
            return;
        }
        String tag = LanguageTags.normalize(language);
        if (!tag.equals(document.sourceLanguage)) {
            throw new InvalidInputException(ErrDocument.class,
                    m -> m.newVersionMustDocument(document.sourceLanguage, tag));
        }
    }

    private static List<Long> ids(List<Segment> segments) {
        return segments.stream().map(s -> s.id).toList();
    }
}
