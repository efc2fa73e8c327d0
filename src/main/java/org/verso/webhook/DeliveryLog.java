package org.verso.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/** The two short transactions around one attempt: what to send, and what came of it. */
@ApplicationScoped
class DeliveryLog {

    /** What one attempt sends. */
    record Outbound(long messageId, String url, String secret, String key, String payload, String event,
                    int attempt) {
    }

    /** What came back: a status (null when nothing did) or the reason. */
    record Outcome(Integer status, String error, long millis) {

        boolean delivered() {
            return status != null && status / 100 == 2;
        }
    }

    private final WebhooksConfig config;

    DeliveryLog(WebhooksConfig config) {
        this.config = config;
    }

    /** The next attempt of a queued message; null when it is no longer queued (delivered, or its webhook deleted). */
    @Transactional
    Outbound next(long messageId) {
        WebhookMessage m = WebhookMessage.findById(messageId);
        Webhook hook = m == null ? null : Webhook.findById(m.webhookId);
        if (hook == null || !WebhookMessage.QUEUED.equals(m.state)) {
            return null;
        }
        return new Outbound(m.id, hook.url, hook.secret, m.messageKey, m.payload, m.event, m.attempts + 1);
    }

    /**
     * Logs the attempt and moves the message on: delivered, waiting for its retry (backoff doubling from
     * {@code verso.webhooks.backoff}), or failed after {@code verso.webhooks.max-attempts}. Answers when the retry
     * is due, or null.
     */
    @Transactional
    Instant record(Outbound out, Outcome outcome) {
        WebhookMessage m = WebhookMessage.findById(out.messageId());
        if (m == null) {
            return null;
        }
        WebhookDelivery d = new WebhookDelivery();
        d.messageId = m.id;
        d.webhookId = m.webhookId;
        d.event = m.event;
        d.attempt = out.attempt();
        d.status = outcome.delivered() ? WebhookMessage.DELIVERED : WebhookMessage.FAILED;
        d.responseStatus = outcome.status();
        d.responseMs = outcome.millis();
        d.error = outcome.error() == null || outcome.error().length() <= 500 ? outcome.error()
                : outcome.error().substring(0, 499) + "…";
        d.createdAt = Instant.now();
        d.persist();
        m.attempts = out.attempt();
        if (outcome.delivered() || out.attempt() >= config.maxAttempts()) {
            m.state = d.status;
            m.nextAttemptAt = null;
            return null;
        }
        m.state = WebhookMessage.WAITING;
        m.nextAttemptAt = d.createdAt.plus(backoff(out.attempt()));
        return m.nextAttemptAt;
    }

    /** The wait after attempt {@code n}: base, 2·base, 4·base… */
    Duration backoff(int attempt) {
        return config.backoff().multipliedBy(1L << Math.min(attempt - 1, 20));
    }
}
