package org.verso.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.verso.comment.CommentAdded;
import org.verso.document.DocumentService;
import org.verso.task.TaskAssigned;
import org.verso.task.TaskOverdue;
import org.verso.task.TaskStage;
import org.verso.task.TaskStageChanged;
import org.verso.translation.TranslationsChanged;

/**
 * Turns the desk's events into notices, inside the transaction that fired them: a notice is stored exactly when its
 * change is (nothing lost, nothing told about a change that was rolled back). Nobody is told about their own action.
 */
@ApplicationScoped
class NotificationFollower {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

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
            notifications.add(e.username(), NotificationType.TASK_ASSIGNED, "You are the " + e.role() + " of “"
                    + e.title() + "” in " + e.language() + due(e.due()) + (e.actor() == null ? "." : " (assigned by "
                    + e.actor() + ")."), editor(e.documentId(), e.language(), null), null);
        }
    }

    void staged(@Observes TaskStageChanged e) {
        if (e.stage() == TaskStage.REVIEW && e.previous() != TaskStage.REVIEW && e.reviewer() != null
                && !e.reviewer().equals(e.actor())) {
            notifications.add(e.reviewer(), NotificationType.READY_FOR_REVIEW, "“" + e.title() + "” in "
                    + e.language() + " is ready for review: every segment is translated.",
                    editor(e.documentId(), e.language(), "translated"), null);
        }
    }

    void overdue(@Observes TaskOverdue e) {
        Set<String> people = new LinkedHashSet<>();
        people.add(e.translator());
        people.add(e.reviewer());
        people.stream().filter(Objects::nonNull).forEach(user -> notifications.add(user,
                NotificationType.TASK_OVERDUE, "“" + e.title() + "” in " + e.language() + " is overdue"
                        + due(e.due()) + ", and is still in " + e.stage().apiName() + ".",
                editor(e.documentId(), e.language(), null), null));
    }

    void mentioned(@Observes CommentAdded e) {
        if (e.mentions().stream().allMatch(m -> m.equals(e.author()))) {
            return;
        }
        String title = documents.getDocument(e.documentId()).title();
        for (String user : e.mentions()) {
            if (!user.equals(e.author())) {
                notifications.add(user, NotificationType.MENTION, e.author() + " mentioned you on “" + title + "”: "
                        + e.text(), "/documents/" + e.documentId() + "/segments/" + e.segmentId() + "/comments",
                        null);
            }
        }
    }

    void rejected(@Observes TranslationsChanged e) {
        for (Rejection r : rejections.of(e)) {
            if (r.translator() != null && !r.translator().equals(r.reviewer())) {
                String text = r.reviewer() + " rejected your translation of segment " + r.number() + " of “"
                        + r.title() + "” (" + r.language() + ")" + (r.comment() == null ? "." : ": " + r.comment());
                notifications.add(r.translator(), NotificationType.SEGMENT_REJECTED, text,
                        editor(r.documentId(), r.language(), "rejected") + "#seg-" + r.segmentId(),
                        "Segment " + r.number() + ": " + r.source() + "\nYour translation: " + r.text()
                                + "\nComment: " + (r.comment() == null ? "(none)" : r.comment()));
            }
        }
    }

    private static String due(Instant due) {
        return due == null ? "" : ", due " + DUE.format(due);
    }

    private static String editor(long documentId, String language, String status) {
        return "/documents/" + documentId + "/" + language + (status == null ? "" : "?status=" + status);
    }
}
