package org.verso.pretranslation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The error details of the pretranslation area: the {@code detail} of an API problem and the text of an error page, in the
 * viewer's language. English in messages/errpretranslation_en.properties, one file per shipped language beside it.
 */
@MessageBundle(value = "errpretranslation", locale = "en")
public interface ErrPretranslation {

    @Message
    String machineTranslationEngineOffers(Object sourceLanguage, Object language);

    @Message
    String memoryMatchesWereFilled(Object reason);
}
