package org.verso.quality;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The error details of the quality area: the {@code detail} of an API problem and the text of an error page, in the
 * viewer's language. English in messages/errquality_en.properties, one file per shipped language beside it.
 */
@MessageBundle(value = "errquality", locale = "en")
public interface ErrQuality {

    @Message
    String thereCheckChecksAre(Object id, Object known);

    @Message
    String findingAlreadyMarkedError(Object dismissedBy, Object reason);

    @Message
    String currentTranslationSegmentSuch(Object number, Object check);

    @Message
    String findingWasJustMarked();

    @Message
    String segmentFindingMarkedError(Object segmentId, Object dismissalId, Object language);

    @Message
    String sendWhyErrorHere();

    @Message
    String thereCheck(Object check);

    @Message
    String sayWhyErrorHere();

    @Message
    String sendEmptyListTurns();
}
