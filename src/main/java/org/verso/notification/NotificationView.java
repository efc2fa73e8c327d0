package org.verso.notification;

import java.time.Instant;

/** One notice as the API and the page show it; {@code link} is a page of Verso (a path), or null. */
public record NotificationView(long id, String type, String text, String link, boolean read, Instant at) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.type, n.text, n.link, n.readAt != null, n.createdAt);
    }
}
