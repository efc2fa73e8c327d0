package org.verso.webhook;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The webhooks page (administrators) and the deliveries of one webhook.
 * The English is in {@code messages/webhook_en.properties}, the translations beside it; templates say
 * {@code {webhook:key}}, Java {@code ui.bundle(WebhookPageMessages.class).key()}.
 */
@MessageBundle(value = "webhook", locale = "en")
public interface WebhookPageMessages {

    @Message
    String title();

    @Message
    String hint();

    @Message
    String url();

    @Message
    String events();

    @Message
    String remove();

    @Message
    String removeLabel(String url);

    @Message
    String noWebhook();

    @Message
    String newWebhook();

    @Message
    String secret();

    @Message
    String secretPlaceholder();

    @Message
    String register();

    @Message
    String deliveriesTitle(String url);

    @Message
    String deliveriesMeta(String events);

    @Message
    String when();

    @Message
    String event();

    @Message
    String attempt();

    @Message
    String status();

    @Message
    String answer();

    @Message
    String responseTime();

    @Message
    String milliseconds(long ms);

    @Message
    String messageId();

    @Message
    String nothingSent();
}
