package org.verso.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** An admin's registration: where to send which events, signed with which secret. */
@Entity
@Table(name = "webhook")
class Webhook extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "webhook_seq")
    @SequenceGenerator(name = "webhook_seq", sequenceName = "webhook_seq", allocationSize = 1)
    public Long id;

    public String url;

    public String secret;

    /** Event names, comma-separated. */
    public String events;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    List<String> eventList() {
        return Arrays.asList(events.split(","));
    }
}
