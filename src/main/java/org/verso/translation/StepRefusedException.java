package org.verso.translation;

import java.util.Map;
import org.verso.failure.ConflictException;

/**
 * The status table has no such step for this person from the segment's current status: a translator's save over an
 * APPROVED segment, which only a reviewer or an admin may reopen. Nothing was stored.
 */
public class StepRefusedException extends ConflictException {

    StepRefusedException(Translation translation, TranslationStatus to) {
        super(message(translation, to), Map.of("segmentId", translation.segmentId,
                "currentStatus", translation.status.name(), "version", translation.version));
    }

    private static String message(Translation translation, TranslationStatus to) {
        if (translation.status == TranslationStatus.APPROVED) {
            return "Segment " + translation.segmentId + " is approved"
                    + (translation.updatedBy == null ? "" : " by " + translation.updatedBy)
                    + "; it is locked for translators — ask a reviewer to reopen it. Nothing was saved.";
        }
        return "Segment " + translation.segmentId + " cannot go from " + translation.status + " to " + to + ".";
    }
}
