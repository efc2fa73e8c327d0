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
 * A segment in one target language. {@code version} is compared and raised by {@link TranslationService} under a
 * row lock, so a save carrying an older version is refused instead of overwriting newer work.
 */
@Entity
@Table(name = "translation")
public class Translation extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "translation_seq")
    @SequenceGenerator(name = "translation_seq", sequenceName = "translation_seq", allocationSize = 50)
    public Long id;

    @Column(name = "document_id")
    public Long documentId;

    @Column(name = "segment_id")
    public Long segmentId;

    public String language;

    /** Copied from the segment: document order, for paging without touching the segment table. */
    public int ordinal;

    /** Copied from the segment: source words, for progress by words. */
    public int words;

    /** Copied from the segment and kept in step by {@link TranslatableFlagFollower}. */
    public boolean translatable;

    public String text;

    @Enumerated(EnumType.STRING)
    public TranslationStatus status;

    public int version;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** A segment's row in a language before anyone translated it: NEW, no text, version 0. */
    static Translation untranslated(long documentId, long segmentId, String language, int ordinal, int words,
                                    boolean translatable) {
        Translation translation = new Translation();
        translation.documentId = documentId;
        translation.segmentId = segmentId;
        translation.language = language;
        translation.ordinal = ordinal;
        translation.words = words;
        translation.translatable = translatable;
        translation.status = TranslationStatus.NEW;
        translation.version = 0;
        return translation;
    }
}
