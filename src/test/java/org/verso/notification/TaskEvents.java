package org.verso.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.verso.task.TaskAssigned;
import org.verso.task.TaskOverdue;
import org.verso.task.TaskStage;
import org.verso.task.TaskStageChanged;

/**
 * Fires the task package's events as its code will (inside a transaction), so notifications and webhooks are tested
 * before the task code exists on this branch.
 */
@ApplicationScoped
public class TaskEvents {

    private final Event<TaskAssigned> assigned;
    private final Event<TaskStageChanged> staged;
    private final Event<TaskOverdue> overdue;

    TaskEvents(Event<TaskAssigned> assigned, Event<TaskStageChanged> staged, Event<TaskOverdue> overdue) {
        this.assigned = assigned;
        this.staged = staged;
        this.overdue = overdue;
    }

    @Transactional
    public void assign(long documentId, String language, String username, String actor) {
        assigned.fire(new TaskAssigned(documentId, "Storm report", language, username, "translator",
                Instant.parse("2030-01-02T14:00:00Z"), "breaking", actor));
    }

    @Transactional
    public void stage(long documentId, String language, TaskStage from, TaskStage to, String translator,
                      String reviewer, String actor) {
        staged.fire(new TaskStageChanged(documentId, "Storm report", language, from, to, translator, reviewer, actor));
    }

    @Transactional
    public void overdue(long documentId, String language, String translator, String reviewer) {
        overdue.fire(new TaskOverdue(documentId, "Storm report", language, translator, reviewer,
                Instant.parse("2020-01-02T14:00:00Z"), TaskStage.TRANSLATING));
    }
}
