package org.verso.machine;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The error details of the machine area: the {@code detail} of an API problem and the text of an error page, in the
 * viewer's language. English in messages/errmachine_en.properties, one file per shipped language beside it.
 */
@MessageBundle(value = "errmachine", locale = "en")
public interface ErrMachine {

    @Message
    String giveTextTranslateQ();

    @Message
    String giveMostCharactersTranslate(Object maxText);

    @Message
    String giveSourceTargetLanguages();
}
