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

/** The skeleton of one paragraph: its kind and the block markup that export puts back around its segments. */
@Entity
@Table(name = "paragraph")
public class Paragraph extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "paragraph_seq")
    @SequenceGenerator(name = "paragraph_seq", sequenceName = "paragraph_seq", allocationSize = 50)
    public Long id;

    @Column(name = "document_id")
    public Long documentId;

    public int position;

    @Enumerated(EnumType.STRING)
    public ParagraphKind kind;

    public String markup;

    /** What the inline codes of a Markdown paragraph stand for, serialized by MarkupCode; null when none. */
    @Column(name = "inline_codes")
    public String inlineCodes;

    public boolean segmentable;

    /** The exact source text before the paragraph's first segment; null for paragraphs imported before it was kept. */
    public String lead;
}
