package org.verso.translation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The error details of the translation area: the {@code detail} of an API problem and the text of an error page, in the
 * viewer's language. English in messages/errtranslation_en.properties, one file per shipped language beside it.
 */
@MessageBundle(value = "errtranslation", locale = "en")
public interface ErrTranslation {

    @Message
    String sendJsonBodyText();

    @Message
    String articleAlreadyChooseAnother(Object languageName);

    @Message
    String documentAlreadyBeingTranslated(Object languageName, Object language);

    @Message
    String giveStatusDraftTranslated();

    @Message
    String onlyReviewersAdminsMay(Object status);

    @Message
    String giveVersionYouLast();

    @Message
    String documentBeingTranslatedInto(Object documentId, Object languageName, Object language);

    @Message
    String youAreAssignedAsk(Object list, Object languageName, Object language);

    @Message
    String segmentRevision(Object segmentId, Object version);

    @Message
    String changesSegmentsEveryLanguage(Object languageName);

    @Message
    String segmentMarkedTranslatedExported(Object segmentId);

    @Message
    String segmentCannotWithoutTranslation(Object to);

    @Message
    String translationMostCharacters(Object maxText);

    @Message
    String qualityErrors(Object count, Object first, Object more);

    @Message
    String qualityErrorsInSegment(Object segmentId, Object count, Object first, Object more);

    @Message
    String approvedLocked(Object segmentId);

    @Message
    String approvedByLocked(Object segmentId, Object username);

    @Message
    String cannotGoFromTo(Object segmentId, Object from, Object to);

    @Message
    String savedAfterYou(Object version);

    @Message
    String savedAfterYouBy(Object version, Object username);
}
