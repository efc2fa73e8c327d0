package org.verso.task;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document language's task as the API shows it; a language nobody assigned yet reads as an empty task. */
public record TaskView(@Schema(description = "Username, or null") String translator,
                       @Schema(description = "Username, or null") String reviewer,
                       @Schema(description = "ISO-8601 instant, or null") Instant due,
                       @Schema(enumeration = {"breaking", "normal", "low"}) String priority,
                       @Schema(enumeration = {"translating", "review", "done"}) String stage) {

    /** A language nobody set a task for: no assignee, no due time, priority normal. */
    static TaskView empty(TaskStage stage) {
        return new TaskView(null, null, null, TaskPriority.NORMAL.apiName(), stage.apiName());
    }

    static TaskView of(Task task) {
        return new TaskView(task.translator, task.reviewer, task.due, task.priority.apiName(), task.stage.apiName());
    }
}
