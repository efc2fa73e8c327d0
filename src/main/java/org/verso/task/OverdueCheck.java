package org.verso.task;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.verso.document.DocumentService;

/**
 * Fires {@link TaskOverdue} once per task whose due time passed before it was done. Every instance runs the check;
 * each task is claimed with a conditional update ({@code overdue_fired_at} still empty), which only one instance's
 * transaction wins, so two instances never both fire. A new due time clears the claim ({@link TaskService}).
 */
@ApplicationScoped
public class OverdueCheck {

    private final DocumentService documents;
    private final Event<TaskOverdue> overdue;

    OverdueCheck(DocumentService documents, Event<TaskOverdue> overdue) {
        this.documents = documents;
        this.overdue = overdue;
    }

    @Scheduled(every = "${verso.tasks.overdue-check:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        fireOverdue(Instant.now());
    }

    /** Claims and announces the tasks overdue at {@code now}; answers how many this call fired. */
    @Transactional
    public int fireOverdue(Instant now) {
        List<Task> late = Task.list("due < ?1 and stage <> ?2 and overdueFiredAt is null", now, TaskStage.DONE);
        int fired = 0;
        for (Task task : late) {
            if (Task.update("overdueFiredAt = ?1 where id = ?2 and overdueFiredAt is null", now, task.id) == 1) {
                overdue.fire(new TaskOverdue(task.documentId, documents.getDocument(task.documentId).title(),
                        task.language, task.translator, task.reviewer, task.due, task.stage));
                fired++;
            }
        }
        return fired;
    }
}
