package org.verso.webhook;

import java.util.List;

/** A registered webhook as the API shows it: never its secret. */
public record WebhookView(long id, String url, List<String> events) {

    static WebhookView of(Webhook hook) {
        return new WebhookView(hook.id, hook.url, hook.eventList());
    }

    /** The events as one line for a page: "task.assigned, translation.saved". */
    public String eventList() {
        return String.join(", ", events);
    }
}
