package org.verso.document;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The error details of the document area: the {@code detail} of an API problem and the text of an error page, in the
 * viewer's language. English in messages/errdocument_en.properties, one file per shipped language beside it.
 */
@MessageBundle(value = "errdocument", locale = "en")
public interface ErrDocument {

    @Message
    String titleCannotEmpty();

    @Message
    String titleMostCharacters();

    @Message
    String segmentTranslatedSoExport(Object number);

    @Message
    String documentVersion(Object documentId, Object version);

    @Message
    String newVersionMustDocument(Object sourceLanguage, Object tag);

    @Message
    String attachSrxFile();

    @Message
    String srxFileMostBytes(Object maxBytes);

    @Message
    String ruleSetNamedExists(Object checked);

    @Message
    String thereSegmentationRuleSet(Object trim);

    @Message
    String thereSegmentationRuleSet2(Object n);

    @Message
    String srxFileWasAccepted(Object reason);

    @Message
    String ruleSetNameLetters(Object bundled);

    @Message
    String attachSrxFileFile();

    @Message
    String giveOffsetCharacterSource();

    @Message
    String splitInsideSourceOffset(Object value, Object offset);

    @Message
    String offsetFallsInsideCharacter(Object offset);

    @Message
    String offsetFallsInsideInline(Object offset, Object text);

    @Message
    String offsetFallsInsideWord(Object offset);

    @Message
    String bothPartsSplitNeed(Object offset);

    @Message
    String thereDocument(Object id);

    @Message
    String newVersionSourceComes();

    @Message
    String articleBytesLimitBytes(Object length, Object maxBytes);

    @Message
    String giveFormatTextMarkdown();

    @Message
    String xliffFileSSource(Object language, Object value);

    @Message
    String segmentLastParagraphSegments(Object number);

    @Message
    String segmentBlockKeptVerbatim(Object number);

    @Message
    String newVersionOfCatalog();

    @Message
    String newVersionOfArticle();
}
