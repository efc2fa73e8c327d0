package org.verso.task;

import java.time.Instant;

/**
 * Fired once per task when its due time passes before it is done (by the task package's scheduled check, inside its
 * transaction); notifications and the {@code task.overdue} webhook follow it after the commit.
 */
public record TaskOverdue(long documentId, String title, String language, String translator, String reviewer,
                          Instant due, TaskStage stage) {
}
