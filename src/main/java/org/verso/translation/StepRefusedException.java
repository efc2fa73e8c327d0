package org.verso.translation;

import java.util.Map;
import org.verso.failure.ConflictException;
import org.verso.failure.Message;

/**
 * The status table has no such step for this person from the segment's current status: a translator's save over an
 * APPROVED segment, which only a reviewer or an admin may reopen. Nothing was stored.
 */
public class StepRefusedException extends ConflictException {

    StepRefusedException(Translation translation, TranslationStatus to) {
        super(message(translation, to), Map.of("segmentId", translation.segmentId,
                "currentStatus", translation.status.name(), "version", translation.version));
    }

    private static Message message(Translation translation, TranslationStatus to) {
        long segmentId = translation.segmentId;
        TranslationStatus from = translation.status;
        String by = translation.updatedBy;
        if (from == TranslationStatus.APPROVED) {
            return Message.of(ErrTranslation.class, m -> by == null ? m.approvedLocked(segmentId)
                    : m.approvedByLocked(segmentId, by));
        }
        return Message.of(ErrTranslation.class, m -> m.cannotGoFromTo(segmentId, from, to));
    }
}
