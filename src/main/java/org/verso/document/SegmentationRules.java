package org.verso.document;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An SRX 2.0 rule set an admin uploaded; documents name it at import instead of Verso's bundled rules. */
@Entity
@Table(name = "segmentation_rules")
public class SegmentationRules extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "segmentation_rules_seq")
    @SequenceGenerator(name = "segmentation_rules_seq", sequenceName = "segmentation_rules_seq", allocationSize = 50)
    public Long id;

    public String name;

    /** The SRX file as uploaded (UTF-8), kept whole so it can be downloaded and re-validated. */
    public String srx;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;
}
