package org.verso.live;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The error details of the live area: the {@code detail} of an API problem and the text of an error page, in the
 * viewer's language. English in messages/errlive_en.properties, one file per shipped language beside it.
 */
@MessageBundle(value = "errlive", locale = "en")
public interface ErrLive {

    @Message
    String sendEditing();
}
