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

    /*
     * Each query names the language too: other tests fire made-up task events (notification.TaskEvents) for document
     * ids that may be real documents here, in languages these tests do not use.
     */

    /** The stage changes of one document language, as "language:previous→stage" in the order they happened. */
    public List<String> stages(long documentId, String language) {
        return seen.stream().filter(e -> e instanceof TaskStageChanged c && c.documentId() == documentId
                        && c.language().equals(language))
                .map(e -> (TaskStageChanged) e).map(c -> c.language() + ":" + c.previous().apiName() + "→"
                        + c.stage().apiName()).toList();
    }

    public List<TaskAssigned> assignments(long documentId, String language) {
        return seen.stream().filter(e -> e instanceof TaskAssigned a && a.documentId() == documentId
                        && a.language().equals(language))
                .map(e -> (TaskAssigned) e).toList();
    }

    public List<TaskOverdue> overdue(long documentId, String language) {
        return seen.stream().filter(e -> e instanceof TaskOverdue o && o.documentId() == documentId
                        && o.language().equals(language))
                .map(e -> (TaskOverdue) e).toList();
    }
}
