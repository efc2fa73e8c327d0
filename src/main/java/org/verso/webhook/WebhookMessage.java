package org.verso.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One event to send to one webhook, and where its sending stands (queued, waiting, delivered, failed). */
@Entity
@Table(name = "webhook_message")
class WebhookMessage extends PanacheEntityBase {

    static final String QUEUED = "queued";
    static final String WAITING = "waiting";
    static final String DELIVERED = "delivered";
    static final String FAILED = "failed";

    @Id
    @GeneratedValue(generator = "webhook_message_seq")
    @SequenceGenerator(name = "webhook_message_seq", sequenceName = "webhook_message_seq", allocationSize = 50)
    public Long id;

    @Column(name = "webhook_id")
    public Long webhookId;

    public String event;

    /** The {@code webhook-id} header, the same on every attempt. */
    @Column(name = "message_key")
    public String messageKey;

    public String payload;

    public String state;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "created_at")
    public Instant createdAt;
}
