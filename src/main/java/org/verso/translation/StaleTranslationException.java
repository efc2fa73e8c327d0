package org.verso.translation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.verso.failure.ConflictException;
import org.verso.failure.Message;

/**
 * A save carried an older version than the stored one: someone saved in between. The problem's details hold the
 * current state ({@code segmentId}, {@code text}, {@code currentStatus}, {@code version}, {@code updatedBy}) so the
 * editor can show both texts.
 */
public class StaleTranslationException extends ConflictException {

    private final transient Translation current;

    StaleTranslationException(Translation current) {
        super(message(current.version, current.updatedBy), details(current));
        this.current = current;
    }

    private static Message message(long version, String by) {
        return Message.of(ErrTranslation.class, m -> by == null ? m.savedAfterYou(version)
                : m.savedAfterYouBy(version, by));
    }

    public SavedTranslation current() {
        return SavedTranslation.of(current);
    }

    private static Map<String, Object> details(Translation current) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("segmentId", current.segmentId);
        details.put("text", current.text == null ? "" : current.text);
        // "status" is the problem document's HTTP status member, so the segment's status goes by another name.
        details.put("currentStatus", current.status.name());
        details.put("version", current.version);
        details.put("updatedBy", current.updatedBy == null ? "" : current.updatedBy);
        return details;
    }
}
