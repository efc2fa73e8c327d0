package org.verso.editor;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The error details of the editor area: the {@code detail} of an API problem and the text of an error page, in the
 * viewer's language. English in messages/erreditor_en.properties, one file per shipped language beside it.
 */
@MessageBundle(value = "erreditor", locale = "en")
public interface ErrEditor {

    @Message
    String sendJsonBodyText();

    @Message
    String documentWasImportedFrom(Object id);

    @Message
    String sendTextTypedSo();

    @Message
    String textCharactersLongAutosave(Object textLength, Object maxChars);

    @Message
    String segmentLockedYouNothing(Object segmentId, Object status);

    @Message
    String documentSegmentTranslate(Object documentId, Object segmentId);

    @Message
    String sayWhyYouReject();

    @Message
    String onlyReviewersAdminsMay();

    @Message
    String unknownAction(Object id);
}
