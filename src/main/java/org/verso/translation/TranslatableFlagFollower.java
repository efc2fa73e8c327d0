package org.verso.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.verso.document.SegmentTranslatableChanged;

/** Keeps the translatable copy on every language's translation in step with the segment, in the same transaction. */
@ApplicationScoped
class TranslatableFlagFollower {

    void follow(@Observes SegmentTranslatableChanged change) {
        Translation.update("translatable = ?1 where segmentId = ?2", change.translatable(), change.segmentId());
    }
}
