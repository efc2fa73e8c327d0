package org.verso.language;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The error details of the language area: the {@code detail} of an API problem and the text of an error page, in the
 * viewer's language. English in messages/errlanguage_en.properties, one file per shipped language beside it.
 */
@MessageBundle(value = "errlanguage", locale = "en")
public interface ErrLanguage {

    @Message
    String giveLanguageBcpTag();

    @Message
    String wellFormedBcpLanguage(Object trimmed);

    @Message
    String namesKnownLanguageIso(Object tag);

    @Message
    String namesUnknownScript(Object tag, Object script);

    @Message
    String namesUnknownRegion(Object tag, Object region);
}
