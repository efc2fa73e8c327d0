package org.verso.task;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The error details of the task area: the {@code detail} of an API problem and the text of an error page, in the
 * viewer's language. English in messages/errtask_en.properties, one file per shipped language beside it.
 */
@MessageBundle(value = "errtask", locale = "en")
public interface ErrTask {

    @Message
    String tickLanguagesWhoseTasks();

    @Message
    String giveOneMoreLanguage();

    @Message
    String onlyEditorsAdminsAssign();

    @Message
    String thereUserGiveTask(Object username, Object languageName, Object language);

    @Message
    String assignedAccountDisabledAssign(Object username, Object languageName, Object language);

    @Message
    String dueTimeIsoInstant(Object text);

    @Message
    String priorityOneBreakingNormal(Object value);
}
