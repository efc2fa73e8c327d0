package org.verso.document;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

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
}
