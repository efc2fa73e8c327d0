package org.verso.notification;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a notice is about; its API name ({@code task_assigned}…) is also the e-mail choice's ({@code MailChoice}). The
 * e-mail's subject per type is in the notice bundle ({@code subject_task_assigned}…).
 */
public enum NotificationType {
    TASK_ASSIGNED,
    READY_FOR_REVIEW,
    SEGMENT_REJECTED,
    MENTION,
    TASK_OVERDUE;

    /** {@code task_assigned}, {@code ready_for_review}, {@code segment_rejected}, {@code mention}, {@code task_overdue}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<NotificationType> of(String apiName) {
        return Arrays.stream(values()).filter(t -> t.apiName().equals(apiName)).findFirst();
    }
}
