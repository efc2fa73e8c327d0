package org.verso.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One attempt to send a message: what came back (or why nothing did) and how long it took. */
@Entity
@Table(name = "webhook_delivery")
class WebhookDelivery extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "webhook_delivery_seq")
    @SequenceGenerator(name = "webhook_delivery_seq", sequenceName = "webhook_delivery_seq", allocationSize = 50)
    public Long id;

    @Column(name = "message_id")
    public Long messageId;

    @Column(name = "webhook_id")
    public Long webhookId;

    public String event;

    public int attempt;

    /** {@code delivered} or {@code failed}. */
    public String status;

    @Column(name = "response_status")
    public Integer responseStatus;

    @Column(name = "response_ms")
    public long responseMs;

    public String error;

    @Column(name = "created_at")
    public Instant createdAt;
}
