package org.verso.task;

/**
 * Inside this package: a task's stage, assignees, due time or priority changed, so the desk pages reload its cell once
 * the transaction commits ({@link DeskSignal}).
 */
record TaskChanged(long documentId, String language, TaskStage stage) {
}
