package org.verso.document;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.verso.failure.NotFoundException;

/**
 * An imported article. Its paragraphs and segments change only when a new version of the source is imported
 * ({@link SourceVersionService}) or a translator splits or joins segments; both keep {@code segmentCount} in step.
 */
@Entity
@Table(name = "document")
public class Document extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "document_seq")
    @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
    public Long id;

    public String title;

    @Column(name = "source_language")
    public String sourceLanguage;

    @Enumerated(EnumType.STRING)
    public SourceFormat format;

    @Column(name = "segment_count")
    public int segmentCount;

    @Column(name = "paragraph_count")
    public int paragraphCount;

    /** The uploaded SRX rule set the document was segmented with; null for Verso's bundled rules. */
    @Column(name = "segmentation_rules")
    public String segmentationRules;

    /** 1 for the article as imported, then one more for each new version of the source. */
    @Column(name = "source_version")
    public int sourceVersion = 1;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    /** When someone archived it (hidden from the document lists); null while it is in use. */
    @Column(name = "archived_at")
    public Instant archivedAt;

    @Column(name = "archived_by")
    public String archivedBy;

    /** When an admin deleted it; the row stays as a tombstone for its archives, and reads as "no such document". */
    @Column(name = "deleted_at")
    public Instant deletedAt;

    @Column(name = "deleted_by")
    public String deletedBy;

    /** The document, or 404; a deleted one is not there for anyone. */
    static Document require(long id) {
        return existing(id, findById(id));
    }

    /** The document locked until the transaction ends (splits, joins, versions, deletion take turns), or 404. */
    static Document requireLocked(long id) {
        return existing(id, findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    private static Document existing(long id, Document document) {
        if (document == null || document.deletedAt != null) {
            throw new NotFoundException(ErrDocument.class, m -> m.thereDocument(id));
        }
        return document;
    }
}
