package org.verso.task;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * My work, the desk and the task table of a document: who translates and reviews which language, by when.
 * The English is in {@code messages/task_en.properties}, the translations beside it; templates say
 * {@code {task:key}}, Java {@code ui.bundle(TaskMessages.class).key()}.
 */
@MessageBundle(value = "task", locale = "en")
public interface TaskMessages {

    @Message
    String myWorkTitle();

    @Message
    String myWorkIntro(String zone);

    @Message
    String profileLink();

    @Message
    String myTasks();

    @Message
    String due();

    @Message
    String dueIn(String zone);

    @Message
    String article();

    @Message
    String stage();

    @Message
    String progress();

    @Message
    String priority();

    @Message
    String noDue();

    @Message
    String overdue();

    @Message
    String stageTranslating();

    @Message
    String stageReview();

    @Message
    String stageDone();

    @Message
    String percentTranslated(int percent);

    @Message
    String priorityBreaking();

    @Message
    String priorityNormal();

    @Message
    String priorityLow();

    @Message
    String priorityKeep();

    @Message
    String translate();

    @Message
    String review();

    @Message
    String translateLabel(String title, String language);

    @Message
    String reviewLabel(String title, String language);

    @Message
    String nothingWaits();

    @Message
    String deskTitle();

    @Message
    String filterDesk();

    @Message
    String onlyOverdue();

    @Message
    String deskIntro(String zone);

    @Message
    String deskCell(String title, String language, String stage);

    @Message
    String noArticle();

    @Message
    String noOverdueArticle();

    @Message
    String tasksTitle();

    @Message
    String backToDocument();

    @Message
    String translator();

    @Message
    String reviewer();

    @Message
    String assignLanguage(String language);

    @Message
    String noTargetLanguage();

    @Message
    String assignTicked();

    @Message
    String assignHint();
}
