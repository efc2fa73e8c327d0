package org.verso.comment;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of a segment's comments page. The texts are in {@code messages/comment_*.properties} (English, Russian, Persian, Tajik). */
@MessageBundle(value = "comment", locale = "en")
public interface CommentMessages {

    @Message String commentsOn(int n);
    @Message String back();
    @Message String noComment();
    @Message String commentBy(String user);
    @Message String answering();
    @Message String aComment();
    @Message String mentions();
    @Message String reply();
    @Message String replyTo(String user);
    @Message String sendReply();
    @Message String newComment();
    @Message String comment();
}
