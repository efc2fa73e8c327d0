package org.verso.webhook;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The error details of the webhook area: the {@code detail} of an API problem and the text of an error page, in the
 * viewer's language. English in messages/errwebhook_en.properties, one file per shipped language beside it.
 */
@MessageBundle(value = "errwebhook", locale = "en")
public interface ErrWebhook {

    @Message
    String sendJsonBodyUrl();

    @Message
    String thereWebhook(Object id);

    @Message
    String giveSecretCharactersReceiver(Object maxSecret);

    @Message
    String secretStartingMustContinue(Object prefix);

    @Message
    String nameLeastOneEvent(Object list);

    @Message
    String eventEventsAre(Object event, Object list);
}
