package org.verso.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person may choose to get by e-mail besides in the app: one choice per notification type, under the type's
 * name ({@code task_assigned}…). The profile holds the choices; the notification package sends the mail.
 */
public enum MailChoice {
    TASK_ASSIGNED("A task is assigned to me"),
    READY_FOR_REVIEW("My language is ready for review"),
    SEGMENT_REJECTED("A segment of mine is rejected"),
    MENTION("Someone mentions me in a comment"),
    TASK_OVERDUE("A task of mine is overdue");

    private final String label;

    MailChoice(String label) {
        this.label = label;
    }

    /** The API's name, the notification type's: {@code task_assigned}, {@code segment_rejected}… */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    static Optional<MailChoice> of(String id) {
        return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst();
    }
}
