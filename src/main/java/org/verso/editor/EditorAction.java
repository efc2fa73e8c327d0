package org.verso.editor;

import java.util.Arrays;
import java.util.Locale;
import org.verso.failure.InvalidInputException;
import org.verso.translation.TranslationStatus;

/**
 * The editor's buttons and the status each one saves; KEEP discards the user's text after a conflict. CONFIRM stops at
 * quality-check errors (the row shows them, the text is kept unconfirmed); CONFIRM_ANYWAY saves over them.
 */
enum EditorAction {
    DRAFT(TranslationStatus.DRAFT),
    CONFIRM(TranslationStatus.TRANSLATED),
    /** Confirm although the checks found errors: the person has seen them in the row. */
    CONFIRM_ANYWAY(TranslationStatus.TRANSLATED),
    APPROVE(TranslationStatus.APPROVED),
    REJECT(TranslationStatus.REJECTED),
    KEEP(null);

    private final TranslationStatus status;

    EditorAction(TranslationStatus status) {
        this.status = status;
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    String status() {
        return status == null ? null : status.name();
    }

    static EditorAction parse(String id) {
        return Arrays.stream(values()).filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new InvalidInputException(ErrEditor.class, m -> m.unknownAction(id)));
    }
}
