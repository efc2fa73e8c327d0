package org.verso.article;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The error details of the article area: the {@code detail} of an API problem and the text of an error page, in the
 * viewer's language. English in messages/errarticle_en.properties, one file per shipped language beside it.
 */
@MessageBundle(value = "errarticle", locale = "en")
public interface ErrArticle {

    @Message
    String documentTargetLanguage(Object id, Object lang);

    @Message
    String nothingWasDeletedConfirm();

    @Message
    String pasteArticleAttachTxt();

    @Message
    String unknownFormatUseAuto(Object format);

    @Message
    String sendJsonBodyFormat();

    @Message
    String sendJsonBodySourcelanguage();

    @Message
    String sendFlags();
}
