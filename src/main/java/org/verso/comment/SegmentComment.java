package org.verso.comment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One comment on a segment; {@code replyTo} makes it an answer to another comment of the same segment. */
@Entity
@Table(name = "segment_comment")
class SegmentComment extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "segment_comment_seq")
    @SequenceGenerator(name = "segment_comment_seq", sequenceName = "segment_comment_seq", allocationSize = 50)
    public Long id;

    @Column(name = "document_id")
    public Long documentId;

    @Column(name = "segment_id")
    public Long segmentId;

    @Column(name = "reply_to")
    public Long replyTo;

    public String author;

    public String text;

    /** Mentioned usernames, space-separated; empty when none. */
    public String mentions;

    @Column(name = "created_at")
    public Instant createdAt;
}
