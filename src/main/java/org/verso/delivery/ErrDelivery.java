package org.verso.delivery;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The error details of the delivery area: the {@code detail} of an API problem and the text of an error page, in the
 * viewer's language. English in messages/errdelivery_en.properties, one file per shipped language beside it.
 */
@MessageBundle(value = "errdelivery", locale = "en")
public interface ErrDelivery {

    @Message
    String unknownExportFormatUse(Object formatId);

    @Message
    String filltargetsSourceOneChoice();

    @Message
    String exportRebuildsCatalogDocument(Object id, Object id2);

    @Message
    String wordExportRebuildsWord(Object id);

    @Message
    String segmentsAreApprovedYet(Object missing, Object translatable);

    @Message
    String attachXliffFileFile();

    @Message
    String fileBytesLimitBytes(Object count, Object maxBytes);

    @Message
    String fileTargetLanguageSo();

    @Message
    String fileTranslatesIntoBut(Object source, Object target, Object sourceLanguage, Object language);
}
