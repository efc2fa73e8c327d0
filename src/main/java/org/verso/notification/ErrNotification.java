package org.verso.notification;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The error details of the notification area: the {@code detail} of an API problem and the text of an error page, in the
 * viewer's language. English in messages/errnotification_en.properties, one file per shipped language beside it.
 */
@MessageBundle(value = "errnotification", locale = "en")
public interface ErrNotification {

    @Message
    String youNotification(Object id);
}
