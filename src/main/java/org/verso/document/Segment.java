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
import org.verso.interchange.ParagraphKind;

/**
 * One sentence (or headline, or credit line) of the source. Its translatable and left-out flags may change, and
 * translators may split or join segments ({@link ResegmentationService}); nothing else changes after import.
 */
@Entity
@Table(name = "segment")
public class Segment extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "segment_seq")
    @SequenceGenerator(name = "segment_seq", sequenceName = "segment_seq", allocationSize = 50)
    public Long id;

    @Column(name = "document_id")
    public Long documentId;

    public int ordinal;

    /** Position of the paragraph in the document, starting at 0. */
    public int paragraph;

    @Enumerated(EnumType.STRING)
    public ParagraphKind kind;

    @Column(name = "source_text")
    public String sourceText;

    /** The exact source slice where it differs from {@link #sourceText} (a soft line break inside); else null. */
    @Column(name = "source_raw")
    public String sourceRaw;

    /** The exact white space after the segment in the source; null for segments imported before it was kept. */
    @Column(name = "gap_after")
    public String gapAfter;

    @Column(name = "word_count")
    public int wordCount;

    public boolean translatable;

    /** For a skipped segment: whether exports that rebuild the source leave it out (web-page boilerplate). */
    @Column(name = "left_out")
    public boolean leftOut;

    /** A catalog unit's key (PO msgid, JSON path); null for an article's segment. */
    @Column(name = "unit_key")
    public String unitKey;

    /** A PO unit's msgctxt; null when none. */
    @Column(name = "unit_context")
    public String unitContext;

    @Column(name = "unit_comment")
    public String unitComment;

    @Column(name = "unit_flags")
    public String unitFlags;

    @Column(name = "max_length")
    public Integer maxLength;

    /** A plural unit's source forms (interchange.catalog.PluralText); null for a unit that is no plural. */
    @Column(name = "plural_source")
    public String pluralSource;
}
