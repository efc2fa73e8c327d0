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

/** A new version of a document's source (2 and on; version 1 is the import, kept on the document row). */
@Entity
@Table(name = "document_version")
public class DocumentVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "document_version_seq")
    @SequenceGenerator(name = "document_version_seq", sequenceName = "document_version_seq", allocationSize = 50)
    public Long id;

    @Column(name = "document_id")
    public Long documentId;

    public int version;

    @Enumerated(EnumType.STRING)
    public SourceFormat format;

    public int unchanged;
    public int changed;
    public int added;
    public int removed;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
