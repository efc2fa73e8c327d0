package org.verso.job;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The error details of the job area: the {@code detail} of an API problem and the text of an error page, in the
 * viewer's language. English in messages/errjob_en.properties, one file per shipped language beside it.
 */
@MessageBundle(value = "errjob", locale = "en")
public interface ErrJob {

    @Message
    String youBackgroundJobsQueued(Object open);

    @Message
    String jobAlreadyEndedThere(Object state);

    @Message
    String jobFileDownload(Object id, Object state);

    @Message
    String fileJobWasDeleted(Object id);

    @Message
    String yourFinishedJobsKeep(Object value, Object value2);

    @Message
    String thereJobYours(Object id);
}
