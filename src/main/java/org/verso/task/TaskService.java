package org.verso.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.verso.account.Actor;
import org.verso.account.ProfileService;
import org.verso.account.UserService;
import org.verso.document.DocumentService;
import org.verso.failure.InvalidInputException;
import org.verso.failure.NotAllowedException;
import org.verso.language.LanguageTags;
import org.verso.translation.LanguageTaskRequested;
import org.verso.translation.TaskFields;
import org.verso.translation.TranslationService;

/**
 * Reading and setting a document language's task: translator and reviewer (people with the language assigned), due
 * time and priority. Only editors and admins set tasks. Each newly set assignee fires {@link TaskAssigned}.
 */
@ApplicationScoped
public class TaskService {

    private final TranslationService translations;
    private final DocumentService documents;
    private final UserService users;
    private final ProfileService profiles;
    private final Event<TaskAssigned> assigned;
    private final Event<TaskChanged> changed;

    TaskService(TranslationService translations, DocumentService documents, UserService users,
                ProfileService profiles, Event<TaskAssigned> assigned, Event<TaskChanged> changed) {
        this.translations = translations;
        this.documents = documents;
        this.users = users;
        this.profiles = profiles;
        this.assigned = assigned;
        this.changed = changed;
    }

    /** The task of one target language (404 when the document does not have it); no row yet: an empty task. */
    @Transactional
    public TaskView task(long documentId, String languageTag) {
        String language = translations.requireLanguage(documentId, languageTag);
        Task task = Task.find("documentId = ?1 and language = ?2", documentId, language).firstResult();
        return task != null ? TaskView.of(task) : TaskView.empty(TaskStages.stageOf(documentId, language));
    }

    /** Sets the whole task as given (the API's PUT): a field left out is cleared, the priority becomes normal. */
    @Transactional
    public TaskView assign(long documentId, String languageTag, TaskFields fields, Actor actor) {
        return set(documentId, translations.requireLanguage(documentId, languageTag), fields, false, actor);
    }

    /** The document page's bulk assignment: the same fields for several languages; a blank field keeps its value. */
    @Transactional
    public List<TaskView> assignMany(long documentId, List<String> languageTags, TaskFields fields, Actor actor) {
        if (languageTags == null || languageTags.isEmpty()) {
            throw new InvalidInputException(ErrTask.class, m -> m.tickLanguagesWhoseTasks());
        }
        return languageTags.stream().map(tag -> set(documentId, translations.requireLanguage(documentId, tag),
                fields, true, actor)).toList();
    }

    /**
     * Adds several target languages at once ("ru, tg, fa, uz"), each with the same task, in one transaction: one
     * refused language or assignee adds none of them.
     */
    @Transactional
    public List<String> addLanguages(long documentId, String tags, TaskFields fields, Actor actor) {
        List<String> languages = Arrays.stream(tags == null ? new String[0] : tags.split("[,;\\s]+"))
                .filter(t -> !t.isBlank()).map(LanguageTags::normalize).distinct().toList();
        if (languages.isEmpty()) {
            throw new InvalidInputException(ErrTask.class, m -> m.giveOneMoreLanguage());
        }
        languages.forEach(language -> translations.addLanguage(documentId, language, fields, actor));
        return languages;
    }

    /** A task asked for together with a new language (the add-language API and form). */
    void onRequested(@Observes LanguageTaskRequested requested) {
        set(requested.documentId(), requested.language(), requested.task(), true, requested.actor());
    }

    /** The person's time zone, for reading and showing due times: UTC when they have none. */
    public ZoneId zoneOf(String username) {
        return Dues.zone(profiles.profile(username).timeZone());
    }

    private TaskView set(long documentId, String language, TaskFields fields, boolean keepBlank, Actor actor) {
        if (!actor.isEditor()) {
            throw new NotAllowedException(ErrTask.class, m -> m.onlyEditorsAdminsAssign());
        }
        Task task = TaskStages.locked(documentId, language);
        if (task == null) {
            task = Task.create(documentId, language, TaskStages.stageOf(documentId, language));
            task.persist();
        }
        String translator = keepBlank && blank(fields.translator()) ? task.translator : trimmed(fields.translator());
        String reviewer = keepBlank && blank(fields.reviewer()) ? task.reviewer : trimmed(fields.reviewer());
        Instant due = keepBlank && blank(fields.due()) ? task.due : Dues.parse(fields.due(), zoneOf(actor.username()));
        TaskPriority priority = keepBlank && blank(fields.priority()) ? task.priority
                : TaskPriority.parse(fields.priority());
        requireAssignable(translator, task.translator, language);
        requireAssignable(reviewer, task.reviewer, language);
        String previousTranslator = task.translator;
        String previousReviewer = task.reviewer;
        if (!Objects.equals(due, task.due)) {
            task.overdueFiredAt = null;
        }
        task.translator = translator;
        task.reviewer = reviewer;
        task.due = due;
        task.priority = priority;
        task.updatedAt = Instant.now();
        announce(task, translator, previousTranslator, "translator", actor);
        announce(task, reviewer, previousReviewer, "reviewer", actor);
        changed.fire(new TaskChanged(documentId, language, task.stage));
        return TaskView.of(task);
    }

    private void announce(Task task, String username, String before, String role, Actor actor) {
        if (username != null && !username.equals(before)) {
            assigned.fire(new TaskAssigned(task.documentId, documents.getDocument(task.documentId).title(),
                    task.language, username, role, task.due, task.priority.apiName(), actor.username()));
        }
    }

    /** A new assignee must be a user with the language assigned (or every language); one kept as it was may stay. */
    private void requireAssignable(String username, String current, String language) {
        if (username == null || username.equals(current)) {
            return;
        }
        if (users.existingUsernames(List.of(username)).isEmpty()) {
            throw new InvalidInputException(ErrTask.class,
                    m -> m.thereUserGiveTask(username, LanguageTags.displayName(language), language));
        }
        if (!users.notAssignedTo(username, List.of(language)).isEmpty()) {
            throw new InvalidInputException(ErrTask.class,
                    m -> m.assignedAccountDisabledAssign(username, LanguageTags.displayName(language), language));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trimmed(String value) {
        return blank(value) ? null : value.trim();
    }
}
