package org.verso.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.verso.document.DocumentService;
import org.verso.translation.Translation;
import org.verso.translation.TranslationStatus;

/**
 * Keeps each task's stage in step with its translations, inside the transaction that changed them. The task row is
 * locked before the statuses are counted, so two last approvals committing side by side cannot both count the other
 * as not yet approved: the second waits, then sees the first. A language without a row (added before tasks
 * existed) gets one here, at the stage it is found in, without an event: the stage before is not known.
 */
@ApplicationScoped
class TaskStages {

    private final DocumentService documents;
    private final Event<TaskStageChanged> stageChanged;
    private final Event<TaskChanged> changed;

    TaskStages(DocumentService documents, Event<TaskStageChanged> stageChanged, Event<TaskChanged> changed) {
        this.documents = documents;
        this.stageChanged = stageChanged;
        this.changed = changed;
    }

    /** Recounts one language of a document; {@code actor} (may be null) is who made the change. */
    void recompute(long documentId, String language, String actor) {
        Task task = locked(documentId, language);
        TaskStage stage = stageOf(documentId, language);
        if (task == null) {
            Task.create(documentId, language, stage).persist();
            changed.fire(new TaskChanged(documentId, language, stage));
            return;
        }
        if (task.stage != stage) {
            TaskStage previous = task.stage;
            task.stage = stage;
            task.updatedAt = Instant.now();
            stageChanged.fire(new TaskStageChanged(documentId, documents.getDocument(documentId).title(), language,
                    previous, stage, task.translator, task.reviewer, actor));
            changed.fire(new TaskChanged(documentId, language, stage));
        }
    }

    /** Recounts every target language of a document (after a split, a join, a new source version, a skip). */
    void recomputeAll(long documentId, String actor) {
        List<String> languages = Translation.getEntityManager().createQuery("select distinct t.language from"
                + " Translation t where t.documentId = :d", String.class).setParameter("d", documentId)
                .getResultList();
        languages.stream().sorted().forEach(language -> recompute(documentId, language, actor));
    }

    /** The stage the translations are in now, whether or not a row keeps it. */
    static TaskStage stageOf(long documentId, String language) {
        List<Object[]> rows = Translation.getEntityManager().createQuery("select t.status, count(t) from Translation t"
                        + " where t.documentId = :d and t.language = :l and t.translatable = true group by t.status",
                Object[].class).setParameter("d", documentId).setParameter("l", language).getResultList();
        Map<TranslationStatus, Long> counts = new EnumMap<>(TranslationStatus.class);
        rows.forEach(row -> counts.put((TranslationStatus) row[0], ((Number) row[1]).longValue()));
        return StageRule.of(counts);
    }

    static Task locked(long documentId, String language) {
        return Task.<Task>find("documentId = ?1 and language = ?2", documentId, language)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }
}
