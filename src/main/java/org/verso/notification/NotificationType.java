package org.verso.notification;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a notice is about; its API name ({@code task_assigned}…) is also the e-mail choice's ({@code MailChoice}). */
public enum NotificationType {
    TASK_ASSIGNED("A task for you"),
    READY_FOR_REVIEW("Ready for your review"),
    SEGMENT_REJECTED("A segment of yours was rejected"),
    MENTION("You were mentioned"),
    TASK_OVERDUE("A task is overdue");

    private final String subject;

    NotificationType(String subject) {
        this.subject = subject;
    }

    /** {@code task_assigned}, {@code ready_for_review}, {@code segment_rejected}, {@code mention}, {@code task_overdue}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The e-mail's subject, before the notice's own text. */
    public String subject() {
        return subject;
    }

    public static Optional<NotificationType> of(String apiName) {
        return Arrays.stream(values()).filter(t -> t.apiName().equals(apiName)).findFirst();
    }
}
