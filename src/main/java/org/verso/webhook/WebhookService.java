package org.verso.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.verso.failure.InvalidInputException;
import org.verso.failure.NotFoundException;

/** Registering, listing and removing webhooks, and the log of their deliveries (admins). */
@ApplicationScoped
public class WebhookService {

    /** The events a webhook may ask for. */
    public static final List<String> EVENTS = List.of("document.imported", "language.ready_for_review",
            "language.finished", "segment.rejected", "task.overdue");
    /** Delivery attempts the log shows, newest first. */
    static final int RECENT = 200;
    private static final int MAX_SECRET = 500;

    private final AddressPolicy policy;

    WebhookService(WebhooksConfig config) {
        this.policy = new AddressPolicy(config.allow().orElse(null));
    }

    /**
     * Registers a webhook after checking that the URL is http(s) and that its host resolves to addresses the
     * allow-list admits (400 otherwise; it is checked again at every delivery), the secret usable and every event
     * known.
     */
    @Transactional
    public WebhookView register(NewWebhook body, String admin) {
        if (body == null) {
            throw new InvalidInputException(ErrWebhook.class, m -> m.sendJsonBodyUrl());
        }
        try {
            policy.resolve(AddressPolicy.parse(body.url()));
        } catch (AddressPolicy.Refused e) {
            throw new InvalidInputException(e.getMessage());
        }
        Webhook hook = new Webhook();
        hook.url = body.url().strip();
        hook.secret = validSecret(body.secret());
        hook.events = String.join(",", validEvents(body.events()));
        hook.createdBy = admin;
        hook.createdAt = Instant.now();
        hook.persist();
        return WebhookView.of(hook);
    }

    @Transactional
    public List<WebhookView> list() {
        return Webhook.<Webhook>list("order by id").stream().map(WebhookView::of).toList();
    }

    @Transactional
    public WebhookView get(long id) {
        return WebhookView.of(require(id));
    }

    /** Removes the webhook with its pending events and its log; a retry already queued finds nothing to send. */
    @Transactional
    public void delete(long id) {
        require(id);
        WebhookDelivery.delete("webhookId", id);
        WebhookMessage.delete("webhookId", id);
        Webhook.deleteById(id);
    }

    /** The newest attempts of one webhook, newest first. */
    @Transactional
    public List<DeliveryView> deliveries(long id) {
        require(id);
        List<WebhookDelivery> attempts = WebhookDelivery.<WebhookDelivery>find("webhookId = ?1 order by id desc", id)
                .page(0, RECENT).list();
        Set<Long> messages = attempts.stream().map(d -> d.messageId).collect(Collectors.toSet());
        Map<Long, String> keys = messages.isEmpty() ? Map.of() : WebhookMessage.<WebhookMessage>list("id in ?1",
                messages).stream().collect(Collectors.toMap(m -> m.id, m -> m.messageKey));
        return attempts.stream().map(d -> DeliveryView.of(d, keys.get(d.messageId))).toList();
    }

    private static Webhook require(long id) {
        Webhook hook = Webhook.findById(id);
        if (hook == null) {
            throw new NotFoundException(ErrWebhook.class, m -> m.thereWebhook(id));
        }
        return hook;
    }

    private static String validSecret(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > MAX_SECRET) {
            throw new InvalidInputException(ErrWebhook.class, m -> m.giveSecretCharactersReceiver(MAX_SECRET));
        }
        try {
            if (Signature.key(secret).length == 0) {
                throw new IllegalArgumentException("empty");
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(ErrWebhook.class, m -> m.secretStartingMustContinue(Signature.PREFIX));
        }
        return secret;
    }

    private static Set<String> validEvents(List<String> events) {
        if (events == null || events.isEmpty()) {
            throw new InvalidInputException(ErrWebhook.class, m -> m.nameLeastOneEvent(String.join(", ", EVENTS)));
        }
        Set<String> valid = new LinkedHashSet<>();
        for (String event : events) {
            if (event == null || !EVENTS.contains(event.strip())) {
                throw new InvalidInputException(ErrWebhook.class,
                        m -> m.eventEventsAre(event, String.join(", ", EVENTS)));
            }
            valid.add(event.strip());
        }
        return valid;
    }
}
