package org.verso.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Archiving a document (hidden from the lists, kept whole), restoring it, and deleting it. A deletion keeps the
 * document's row as a tombstone and moves its segments, translations and revisions to the archive tables, as a new
 * source version does with the segments it removes; every other live row of it goes. One transaction each.
 */
@ApplicationScoped
public class DocumentLifecycle {

    private final Event<DocumentDeleted> deletions;

    DocumentLifecycle(Event<DocumentDeleted> deletions) {
        this.deletions = deletions;
    }

    /** Hides the document from the document lists; archiving an archived one changes nothing. */
    @Transactional
    public DocumentSummary archiveDocument(long id, String username) {
        Document document = Document.require(id);
        if (document.archivedAt == null) {
            // As the database keeps it, so this answer and every later read agree.
            document.archivedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            document.archivedBy = username;
        }
        return DocumentSummary.of(document);
    }

    /** Puts an archived document back in the lists; restoring one in use changes nothing. */
    @Transactional
    public DocumentSummary restoreDocument(long id) {
        Document document = Document.require(id);
        document.archivedAt = null;
        document.archivedBy = null;
        return DocumentSummary.of(document);
    }

    /**
     * Deletes the document for good: its segments go to {@code archived_segment} (removed in the version after its
     * last), its translations and their revisions to the translation archive, its target languages, paragraphs and
     * skeleton go, and the row stays marked deleted, so every later request answers 404. Splits, joins and new
     * versions of it wait for this to finish, then find it gone.
     */
    @Transactional
    public void deleteDocument(long id, String username) {
        Document document = Document.requireLocked(id);
        SegmentArchive.copyDocument(document.sourceVersion + 1, id);
        deletions.fire(new DocumentDeleted(id, username));
        Segment.delete("documentId", id);
        Paragraph.delete("documentId", id);
        DocumentSkeleton.deleteById(id);
        document.deletedAt = Instant.now();
        document.deletedBy = username;
    }
}
