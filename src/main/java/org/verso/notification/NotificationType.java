package org.verso.notification;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a notice is about; its API name ({@code task_assigned}…) is also the e-mail choice's name. */
public enum NotificationType {
    TASK_ASSIGNED("A task assigned to me"),
    READY_FOR_REVIEW("My language ready for review"),
    SEGMENT_REJECTED("A segment of mine rejected"),
    MENTION("An @mention of me"),
    TASK_OVERDUE("A task of mine overdue");

    private final String label;

    NotificationType(String label) {
        this.label = label;
    }

    /** {@code task_assigned}, {@code ready_for_review}, {@code segment_rejected}, {@code mention}, {@code task_overdue}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What the profile page's e-mail choice says. */
    public String label() {
        return label;
    }

    public static Optional<NotificationType> of(String apiName) {
        return Arrays.stream(values()).filter(t -> t.apiName().equals(apiName)).findFirst();
    }
}
