package org.verso.failure;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The error details of every area: the {@code detail} of an API problem and the text of an error page, in the
 * viewer's language. English in messages/errcommon_en.properties, one file per shipped language beside it.
 */
@MessageBundle(value = "errcommon", locale = "en")
public interface ErrCommon {

    @Message
    String documentSegment(Object documentId, Object segmentId);

    @Message
    String reasonMostCharacters(Object maxReason);

    @Message
    String commentMostCharacters(Object maxComment);

    @Message
    String containsNulCharacterU(Object field);

    @Message
    String cannotImported(Object name, Object reason);

    @Message
    String giveLanguage(Object name, Object name2);
}
