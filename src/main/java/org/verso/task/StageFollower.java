package org.verso.task;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.verso.document.DocumentDeleted;
import org.verso.document.SegmentSplit;
import org.verso.document.SegmentTranslatableChanged;
import org.verso.document.SegmentsJoined;
import org.verso.document.SourceRevised;
import org.verso.translation.TranslationsAdded;
import org.verso.translation.TranslationsChanged;

/**
 * Hears every change of translations and segments, in the same transaction, and recounts the tasks it touches. Each
 * observer runs after the core's own followers ({@link #LATE}): a split's second half, a skip's flag and a new source
 * version's added rows are in place by then, and so is pre-translation after a language was added.
 */
@ApplicationScoped
class StageFollower {

    /** Later than the default observer priority, which the translation core's followers use. */
    static final int LATE = Interceptor.Priority.APPLICATION + 900;

    private final TaskStages stages;

    StageFollower(TaskStages stages) {
        this.stages = stages;
    }

    /**
     * A change of texts alone (a translator saving a draft again, the usual save) leaves the counts of statuses, and so
     * the stage, as they were: no recount, and no wait for the task row, which every save of the language would
     * otherwise queue for one after another.
     */
    void onChanged(@Observes @Priority(LATE) TranslationsChanged changed) {
        if (!changed.anyStatusChanged()) {
            return;
        }
        stages.recompute(changed.documentId(), changed.language(), changed.user());
    }

    void onAdded(@Observes @Priority(LATE) TranslationsAdded added) {
        added.languages().forEach(language -> stages.recompute(added.documentId(), language,
                added.actor().username()));
    }

    void onRevised(@Observes @Priority(LATE) SourceRevised revised) {
        stages.recomputeAll(revised.documentId(), revised.username());
    }

    void onFlag(@Observes @Priority(LATE) SegmentTranslatableChanged change) {
        stages.recomputeAll(change.documentId(), null);
    }

    void onSplit(@Observes @Priority(LATE) SegmentSplit split) {
        stages.recomputeAll(split.documentId(), split.username());
    }

    void onJoin(@Observes @Priority(LATE) SegmentsJoined join) {
        stages.recomputeAll(join.documentId(), join.username());
    }

    /** A deleted document's tasks go with its languages. */
    void onDeleted(@Observes DocumentDeleted deleted) {
        Task.delete("documentId", deleted.documentId());
    }
}
