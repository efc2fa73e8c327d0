package org.verso.task;

/**
 * Fired inside the transaction that moved a document language's task to another stage (by a save, an approval, a
 * rejection, a new source version). Notifications ("ready for review") and webhooks ({@code language.ready_for_review},
 * {@code language.finished}) follow it after the commit. {@code translator} and {@code reviewer} may be null.
 */
public record TaskStageChanged(long documentId, String title, String language, TaskStage previous, TaskStage stage,
                               String translator, String reviewer, String actor) {
}
