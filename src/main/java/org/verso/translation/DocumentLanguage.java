package org.verso.translation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A target language a document is being translated into. */
@Entity
@Table(name = "document_language")
public class DocumentLanguage extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "document_language_seq")
    @SequenceGenerator(name = "document_language_seq", sequenceName = "document_language_seq", allocationSize = 50)
    public Long id;

    @Column(name = "document_id")
    public Long documentId;

    public String language;

    @Column(name = "added_at")
    public Instant addedAt;

    @Column(name = "added_by")
    public String addedBy;
}
