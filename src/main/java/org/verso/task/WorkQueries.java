package org.verso.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.verso.document.DocumentService;
import org.verso.document.DocumentSummary;
import org.verso.translation.LanguageProgress;
import org.verso.translation.TranslationService;

/** My work (my open tasks) and the desk (recent documents × languages), read in one transaction each. */
@ApplicationScoped
public class WorkQueries {

    /** Documents the desk shows: the newest in use. */
    static final int DESK_DOCUMENTS = 50;

    private static final Comparator<MyTask> BY_DUE = Comparator.comparing(MyTask::due,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(MyTask::priority, Comparator.comparing(
            p -> TaskPriority.valueOf(p.toUpperCase(java.util.Locale.ROOT)))).thenComparing(MyTask::documentId);

    private final DocumentService documents;
    private final TranslationService translations;

    WorkQueries(DocumentService documents, TranslationService translations) {
        this.documents = documents;
        this.translations = translations;
    }

    /** One open task of mine, and whether it waits for me as its reviewer (else as its translator). */
    record Mine(MyTask task, boolean reviewing) {
    }

    /** The open tasks (not done) of documents in use where {@code username} translates or reviews, by due time. */
    @Transactional
    public List<MyTask> myTasks(String username) {
        return myWork(username).stream().map(Mine::task).toList();
    }

    @Transactional
    List<Mine> myWork(String username) {
        List<Task> mine = Task.list("(translator = ?1 or reviewer = ?1) and stage <> ?2", username, TaskStage.DONE);
        Instant now = Instant.now();
        List<Mine> open = new ArrayList<>();
        for (Task task : mine) {
            DocumentSummary document = documents.getDocument(task.documentId);
            if (document.archived() == null) {
                open.add(new Mine(new MyTask(task.documentId, document.title(), task.language, task.stage.apiName(),
                        task.due, task.priority.apiName(), percentDone(translations.progress(task.documentId,
                        task.language)), task.overdue(now)), username.equals(task.reviewer)
                        && (task.stage == TaskStage.REVIEW || !username.equals(task.translator))));
            }
        }
        return open.stream().sorted(Comparator.comparing(Mine::task, BY_DUE)).toList();
    }

    /** Every target language of a document with its task (an empty one where nobody set it), for its page. */
    @Transactional
    List<DocumentTask> documentTasks(long documentId) {
        Map<String, Task> tasks = new HashMap<>();
        Task.<Task>list("documentId", documentId).forEach(t -> tasks.put(t.language, t));
        Instant now = Instant.now();
        return translations.progress(documentId).stream().map(p -> {
            Task task = tasks.get(p.language());
            TaskView view = task != null ? TaskView.of(task) : TaskView.empty(stageOf(p));
            return new DocumentTask(p, view, task != null && task.overdue(now));
        }).toList();
    }

    /**
     * The newest {@value #DESK_DOCUMENTS} documents in use with every target language's task; {@code language}
     * (optional) keeps one language, {@code overdueOnly} the overdue tasks (and the documents that have one).
     */
    @Transactional
    public List<DeskRow> desk(String language, boolean overdueOnly) {
        List<DocumentSummary> recent = documents.listDocuments(false).stream().limit(DESK_DOCUMENTS).toList();
        if (recent.isEmpty()) {
            return List.of();
        }
        Map<Long, List<LanguageProgress>> progress = translations.progressOfAllDocuments();
        Map<String, Task> tasks = new HashMap<>();
        Task.<Task>list("documentId in ?1", recent.stream().map(DocumentSummary::id).toList())
                .forEach(t -> tasks.put(t.documentId + "|" + t.language, t));
        Instant now = Instant.now();
        List<DeskRow> rows = new ArrayList<>();
        for (DocumentSummary document : recent) {
            List<DeskRow.Cell> cells = progress.getOrDefault(document.id(), List.of()).stream()
                    .filter(p -> language == null || language.isBlank() || p.language().equalsIgnoreCase(language))
                    .map(p -> cell(p, tasks.get(document.id() + "|" + p.language()), now))
                    .filter(c -> !overdueOnly || c.overdue()).toList();
            if (!cells.isEmpty() || !overdueOnly && (language == null || language.isBlank())) {
                rows.add(new DeskRow(document.id(), document.title(), cells));
            }
        }
        return rows;
    }

    private static DeskRow.Cell cell(LanguageProgress p, Task task, Instant now) {
        if (task == null) {
            return new DeskRow.Cell(p.language(), stageOf(p).apiName(), null, null, null, percentDone(p), false);
        }
        return new DeskRow.Cell(p.language(), task.stage.apiName(), task.translator, task.reviewer, task.due,
                percentDone(p), task.overdue(now));
    }

    /** A language without a task row yet, by its words (the desk reads every language at once). */
    private static TaskStage stageOf(LanguageProgress p) {
        if (p.finished()) {
            return TaskStage.DONE;
        }
        return p.draftWords() + p.untranslatedWords() == 0 ? TaskStage.REVIEW : TaskStage.TRANSLATING;
    }

    /** Percent of the translatable words translated or approved; a language with nothing to translate is 100. */
    static int percentDone(LanguageProgress p) {
        return p.totalWords() == 0 ? 100
                : (int) Math.floor((p.translatedWords() + p.approvedWords()) * 100.0 / p.totalWords());
    }
}
