package org.verso.translation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.verso.failure.ConflictException;

/**
 * A save carried an older version than the stored one: someone saved in between. The problem's details hold the
 * current state ({@code segmentId}, {@code text}, {@code currentStatus}, {@code version}, {@code updatedBy}) so the
 * editor can show both texts.
 */
public class StaleTranslationException extends ConflictException {

    private final transient Translation current;

    StaleTranslationException(Translation current) {
        super("Someone saved this segment after you opened it (now version " + current.version
                + (current.updatedBy == null ? "" : ", by " + current.updatedBy)
                + "). Your text was not saved; compare both and save again.", details(current));
        this.current = current;
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
