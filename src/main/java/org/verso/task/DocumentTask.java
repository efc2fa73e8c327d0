package org.verso.task;

import org.verso.translation.LanguageProgress;

/** One target language of a document with its task, as the document page's task table lists it. */
record DocumentTask(LanguageProgress progress, TaskView task, boolean overdue) {
}
