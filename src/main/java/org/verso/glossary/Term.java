package org.verso.glossary;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One glossary entry: a source term and its target term in one language pair. */
@Entity
@Table(name = "glossary_term")
public class Term extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "glossary_term_seq")
    @SequenceGenerator(name = "glossary_term_seq", sequenceName = "glossary_term_seq", allocationSize = 50)
    public Long id;

    @Column(name = "source_language")
    public String sourceLanguage;

    @Column(name = "target_language")
    public String targetLanguage;

    @Column(name = "source_term")
    public String sourceTerm;

    @Column(name = "target_term")
    public String targetTerm;

    @Column(name = "part_of_speech")
    public String partOfSpeech;

    public String note;

    public String status;

    @Column(name = "case_sensitive")
    public boolean caseSensitive;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
