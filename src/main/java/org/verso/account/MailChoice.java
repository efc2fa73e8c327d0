package org.verso.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person may choose to get by e-mail besides in the app: one choice per notification type, under the type's
 * name ({@code task_assigned}…). The profile holds the choices (their labels are in the account bundle,
 * {@code mailTaskAssigned}…); the notification package sends the mail.
 */
public enum MailChoice {
    TASK_ASSIGNED,
    READY_FOR_REVIEW,
    SEGMENT_REJECTED,
    MENTION,
    TASK_OVERDUE;

    /** The API's name, the notification type's: {@code task_assigned}, {@code segment_rejected}… */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<MailChoice> of(String id) {
        return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst();
    }
}
