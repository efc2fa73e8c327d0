package org.verso.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The error details {@link ErrorMappers} writes itself (login, roles, malformed requests, plain HTTP statuses) in the
 * viewer's language. English in messages/errweb_en.properties, one file per shipped language beside it.
 */
@MessageBundle(value = "errweb", locale = "en")
public interface ErrWeb {

    @Message
    String unauthorized();

    @Message
    String forbidden();

    @Message
    String invalidJson(String reason);

    @Message
    String bodyDoesNotFit();

    @Message
    String fieldHasWrongType(String field);

    @Message
    String busy();

    @Message
    String violation(String field, String message);

    @Message
    String unexpected();

    @Message
    String status400();

    @Message
    String status401();

    @Message
    String status403();

    @Message
    String status404();

    @Message
    String status405();

    @Message
    String status406();

    @Message
    String status413();

    @Message
    String status415();

    @Message
    String statusOther(int status);
}
