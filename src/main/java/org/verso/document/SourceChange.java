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
import java.util.Locale;

/** One segment that a new source version changed, added or removed; unchanged segments leave no row. */
@Entity
@Table(name = "source_change")
public class SourceChange extends PanacheEntityBase {

    /** What happened to a segment in a new version; the name is what the API and pages show. */
    public enum Kind {
        CHANGED, ADDED, REMOVED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    @GeneratedValue(generator = "source_change_seq")
    @SequenceGenerator(name = "source_change_seq", sequenceName = "source_change_seq", allocationSize = 50)
    public Long id;

    @Column(name = "document_id")
    public Long documentId;

    public int version;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind")
    public Kind kind;

    @Column(name = "segment_id")
    public long segmentId;

    public int ordinal;

    @Column(name = "old_text")
    public String oldText;

    @Column(name = "new_text")
    public String newText;
}
