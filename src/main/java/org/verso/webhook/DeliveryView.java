package org.verso.webhook;

import java.time.Instant;

/**
 * One attempt to deliver an event: {@code status} {@code delivered} (a 2xx answer) or {@code failed};
 * {@code attempts} the number of this attempt for its event (1 the first, 2 the first retry…);
 * {@code responseStatus} what the receiver answered (null when it did not answer: {@code error} says why).
 */
public record DeliveryView(long id, String event, String status, int attempts, long responseMs, Instant at,
                           Integer responseStatus, String error, String messageId) {

    static DeliveryView of(WebhookDelivery d, String messageKey) {
        return new DeliveryView(d.id, d.event, d.status, d.attempt, d.responseMs, d.createdAt, d.responseStatus,
                d.error, messageKey);
    }
}
