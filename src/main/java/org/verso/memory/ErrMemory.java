package org.verso.memory;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The error details of the memory area: the {@code detail} of an API problem and the text of an error page, in the
 * viewer's language. English in messages/errmemory_en.properties, one file per shipped language beside it.
 */
@MessageBundle(value = "errmemory", locale = "en")
public interface ErrMemory {

    @Message
    String attachTmxPoMo();

    @Message
    String fileBytesMemoryImports(Object count, Object maxBytes);

    @Message
    String fieldReason(Object field, Object reason);

    @Message
    String catalogDoesSayLanguages(Object label);

    @Message
    String giveTextLookUp();

    @Message
    String giveWordPhraseSearch();

    @Message
    String limitMustBetween(Object maxLimit);

    @Message
    String thresholdMustBetween();

    @Message
    String fillsMemoryOneLanguage(Object language);

    @Message
    String fillsMemoryLanguages(Object languages);
}
