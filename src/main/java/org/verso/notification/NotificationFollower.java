package org.verso.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.verso.comment.CommentAdded;
import org.verso.document.DocumentService;
import org.verso.language.LocalFormats;
import org.verso.task.TaskAssigned;
import org.verso.task.TaskOverdue;
import org.verso.task.TaskStage;
import org.verso.task.TaskStageChanged;
import org.verso.translation.TranslationsChanged;

/**
 * Turns the desk's events into notices, inside the transaction that fired them: a notice is stored exactly when its
 * change is (nothing lost, nothing told about a change that was rolled back). Nobody is told about their own action.
 * Each notice is written in its recipient's language ({@link NotificationService#languageOf}), not the actor's.
 */
@ApplicationScoped
class NotificationFollower {

    private final NotificationService notifications;
    private final Rejections rejections;
    private final DocumentService documents;

    NotificationFollower(NotificationService notifications, Rejections rejections, DocumentService documents) {
        this.notifications = notifications;
        this.rejections = rejections;
        this.documents = documents;
    }

    void assigned(@Observes TaskAssigned e) {
        if (e.username() != null && !e.username().equals(e.actor())) {
            notifications.add(e.username(), NotificationType.TASK_ASSIGNED, (m, locale) -> m.assigned(
                    "reviewer".equals(e.role()) ? m.roleReviewer() : m.roleTranslator(), e.title(), e.language(),
                    due(e.due(), locale), e.actor() == null ? "" : e.actor()),
                    editor(e.documentId(), e.language(), null), null);
        }
    }

    void staged(@Observes TaskStageChanged e) {
        if (e.stage() == TaskStage.REVIEW && e.previous() != TaskStage.REVIEW && e.reviewer() != null
                && !e.reviewer().equals(e.actor())) {
            notifications.add(e.reviewer(), NotificationType.READY_FOR_REVIEW,
                    (m, locale) -> m.readyForReview(e.title(), e.language()),
                    editor(e.documentId(), e.language(), "translated"), null);
        }
    }

    void overdue(@Observes TaskOverdue e) {
        Set<String> people = new LinkedHashSet<>();
        people.add(e.translator());
        people.add(e.reviewer());
        people.stream().filter(Objects::nonNull).forEach(user -> notifications.add(user,
                NotificationType.TASK_OVERDUE, (m, locale) -> m.overdue(e.title(), e.language(),
                        due(e.due(), locale), e.stage().apiName()),
                editor(e.documentId(), e.language(), null), null));
    }

    void mentioned(@Observes CommentAdded e) {
        if (e.mentions().stream().allMatch(m -> m.equals(e.author()))) {
            return;
        }
        String title = documents.getDocument(e.documentId()).title();
        for (String user : e.mentions()) {
            if (!user.equals(e.author())) {
                notifications.add(user, NotificationType.MENTION, (m, locale) -> m.mentioned(e.author(), title,
                        e.text()), "/documents/" + e.documentId() + "/segments/" + e.segmentId() + "/comments",
                        null);
            }
        }
    }

    void rejected(@Observes TranslationsChanged e) {
        for (Rejection r : rejections.of(e)) {
            if (r.translator() != null && !r.translator().equals(r.reviewer())) {
                String comment = r.comment() == null ? "" : r.comment();
                notifications.add(r.translator(), NotificationType.SEGMENT_REJECTED,
                        (m, locale) -> m.rejected(r.reviewer(), r.number(), r.title(), r.language(), comment),
                        editor(r.documentId(), r.language(), "rejected") + "#seg-" + r.segmentId(),
                        (m, locale) -> m.rejectedMail(r.number(), r.source(), r.text(), comment));
            }
        }
    }

    /** A due time in the recipient's language, in UTC (a notice may be read anywhere): empty without one. */
    private static String due(Instant due, Locale locale) {
        return due == null ? "" : LocalFormats.dateTime(due, ZoneId.of("UTC"), locale);
    }

    private static String editor(long documentId, String language, String status) {
        return "/documents/" + documentId + "/" + language + (status == null ? "" : "?status=" + status);
    }
}
