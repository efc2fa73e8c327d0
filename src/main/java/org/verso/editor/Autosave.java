package org.verso.editor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Text a person typed in one segment and has not confirmed yet, kept for that person alone. It never touches the
 * translation: its text, status and version change only when the person confirms.
 */
@Entity
@Table(name = "autosave")
class Autosave extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "autosave_seq")
    @SequenceGenerator(name = "autosave_seq", sequenceName = "autosave_seq", allocationSize = 50)
    public Long id;

    @Column(name = "document_id")
    public Long documentId;

    @Column(name = "segment_id")
    public Long segmentId;

    public String language;

    public String username;

    public String text;

    /** The translation's version the text was typed over. */
    @Column(name = "base_version")
    public int baseVersion;

    @Column(name = "saved_at")
    public Instant savedAt;
}
