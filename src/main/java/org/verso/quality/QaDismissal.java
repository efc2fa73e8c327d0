package org.verso.quality;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.verso.digest.Sha256;

/**
 * A finding someone marked "not an error here": one check's finding (by its message) on one segment's translation into
 * one language, for the source and translation it was marked on. A changed text has another hash, so the finding
 * comes back.
 */
@Entity
@Table(name = "qa_dismissal")
class QaDismissal extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "qa_dismissal_seq")
    @SequenceGenerator(name = "qa_dismissal_seq", sequenceName = "qa_dismissal_seq", allocationSize = 50)
    public Long id;

    @Column(name = "document_id")
    public Long documentId;

    @Column(name = "segment_id")
    public Long segmentId;

    public String language;

    @Column(name = "check_id")
    public String checkId;

    /** SHA-256 of the message: the finding's identity in the unique key (a message may be long). */
    @Column(name = "finding_hash")
    public String findingHash;

    public String message;

    /** SHA-256 of the pair the finding was dismissed on: the source and the translation ({@link #pairText}). */
    @Column(name = "text_hash")
    public String textHash;

    public String reason;

    @Column(name = "dismissed_by")
    public String dismissedBy;

    @Column(name = "dismissed_at")
    public Instant dismissedAt;

    /** Whether this dismissal covers the finding {@code check}/{@code message} on {@code pairText}. */
    boolean covers(String check, String message, String pairText) {
        return checkId.equals(check) && findingHash.equals(Sha256.hex(message)) && textHash.equals(Sha256.hex(pairText));
    }

    /**
     * What a mark holds for: the translation, and the source too, since a new source version may make the same finding
     * on the same translation wrong again.
     */
    static String pairText(String source, String target) {
        return source + '\u0000' + target;
    }
}
