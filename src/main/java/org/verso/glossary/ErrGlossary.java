package org.verso.glossary;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The error details of the glossary area: the {@code detail} of an API problem and the text of an error page, in the
 * viewer's language. English in messages/errglossary_en.properties, one file per shipped language beside it.
 */
@MessageBundle(value = "errglossary", locale = "en")
public interface ErrGlossary {

    @Message
    String attachTbxCsvFile();

    @Message
    String glossaryFileMostBytes(Object maxBytes, Object count);

    @Message
    String formatMustTbxCsv(Object format);

    @Message
    String giveGlossaryPairFile(Object field);

    @Message
    String statusMustPreferredAdmitted(Object status);

    @Message
    String glossaryAlready(Object sourceTerm, Object targetTerm, Object sourceLanguage, Object targetLanguage);

    @Message
    String glossaryTerm(Object id);

    @Message
    String give(Object field);

    @Message
    String mostCharacters(Object field, Object max);

    @Message
    String sendJsonBodySourcelanguage();
}
