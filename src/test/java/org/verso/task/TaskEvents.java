package org.verso.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records the task events in the order they are fired (inside their transactions: observers after the commit are called
 * in no promised order within one transaction), so tests can read what one document caused.
 */
@ApplicationScoped
public class TaskEvents {

    private final List<Object> seen = new CopyOnWriteArrayList<>();

    void stage(@Observes TaskStageChanged event) {
        seen.add(event);
    }

    void assigned(@Observes TaskAssigned event) {
        seen.add(event);
    }

    void overdue(@Observes TaskOverdue event) {
        seen.add(event);
    }

    /** The stage changes of one document, as "previous→stage" in the order they happened. */
    public List<String> stages(long documentId) {
        return seen.stream().filter(e -> e instanceof TaskStageChanged c && c.documentId() == documentId)
                .map(e -> (TaskStageChanged) e).map(c -> c.language() + ":" + c.previous().apiName() + "→"
                        + c.stage().apiName()).toList();
    }

    public List<TaskAssigned> assignments(long documentId) {
        return seen.stream().filter(e -> e instanceof TaskAssigned a && a.documentId() == documentId)
                .map(e -> (TaskAssigned) e).toList();
    }

    public List<TaskOverdue> overdue(long documentId) {
        return seen.stream().filter(e -> e instanceof TaskOverdue o && o.documentId() == documentId)
                .map(e -> (TaskOverdue) e).toList();
    }
}
