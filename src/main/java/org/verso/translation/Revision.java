package org.verso.translation;

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
 * One save of a translation: who, when, what text, which status. Never edited or deleted; when two segments are
 * joined, the second one's revisions move to the joined translation so its history stays whole.
 */
@Entity
@Table(name = "revision")
public class Revision extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "revision_seq")
    @SequenceGenerator(name = "revision_seq", sequenceName = "revision_seq", allocationSize = 50)
    public Long id;

    @Column(name = "translation_id")
    public Long translationId;

    public int version;

    public String text;

    @Enumerated(EnumType.STRING)
    public TranslationStatus status;

    public String comment;

    public String author;

    /** Why a reviewer approved despite quality-check errors; null otherwise. */
    @Column(name = "qa_override")
    public String qaOverride;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Where the change came from; null on revisions written before origins were kept. */
    @Enumerated(EnumType.STRING)
    public ChangeOrigin origin;

    /**
     * Records the translation's current state as its newest revision, with where it came from and the reason a
     * reviewer gave for approving despite quality-check errors. Only the write path calls it.
     */
    static void record(Translation translation, String comment, String qaOverride, ChangeOrigin origin) {
        Revision revision = new Revision();
        revision.qaOverride = qaOverride == null || qaOverride.isBlank() ? null : qaOverride.strip();
        revision.translationId = translation.id;
        revision.version = translation.version;
        revision.text = translation.text;
        revision.status = translation.status;
        revision.comment = comment == null || comment.isBlank() ? null : comment.strip();
        revision.author = translation.updatedBy;
        revision.createdAt = translation.updatedAt;
        revision.origin = origin;
        revision.persist();
    }
}
