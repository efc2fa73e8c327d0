package org.verso.replace;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The error details of the replace area: the {@code detail} of an API problem and the text of an error page, in the
 * viewer's language. English in messages/errreplace_en.properties, one file per shipped language beside it.
 */
@MessageBundle(value = "errreplace", locale = "en")
public interface ErrReplace {

    @Message
    String giveTextFind();

    @Message
    String searchMostCharacters(Object maxFind);

    @Message
    String giveReplacementMayEmpty();

    @Message
    String validRegularExpressionNear(Object description, Object index);

    @Message
    String replacementDoesFitExpression(Object reason);

    @Message
    String unknownStatusUse(Object name, Object value);

    @Message
    String expressionTooSlowUsed(Object value, Object segmentNumber);

    @Message
    String previewSavesNothingAnswers();

    @Message
    String segmentChangedWhileReplace(Object segmentId);

    @Message
    String sendJsonBodyFind();
}
