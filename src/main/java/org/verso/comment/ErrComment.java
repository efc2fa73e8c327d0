package org.verso.comment;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The error details of the comment area: the {@code detail} of an API problem and the text of an error page, in the
 * viewer's language. English in messages/errcomment_en.properties, one file per shipped language beside it.
 */
@MessageBundle(value = "errcomment", locale = "en")
public interface ErrComment {

    @Message
    String writeCommentFirst();

    @Message
    String segmentCommentReply(Object segmentId, Object replyTo);

    @Message
    String sendJsonBodyComment();
}
