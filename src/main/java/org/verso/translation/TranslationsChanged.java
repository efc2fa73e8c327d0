package org.verso.translation;

import java.time.Instant;
import java.util.List;

/**
 * Fired once per change of the write path ({@link TranslationWriter}), inside its transaction, naming every segment
 * it changed: one for an editor save, one for a whole replace, pre-translation or import. Observers that tell other
 * people (live streams, later notifications and webhooks) wait for the commit.
 */
public record TranslationsChanged(long documentId, String language, ChangeOrigin origin, String user, Instant at,
                                  List<Item> items) {

    /** One segment's state after the change, and its status before it ({@code previous}). */
    public record Item(long segmentId, String text, TranslationStatus status, int version,
                       TranslationStatus previous) {

        public boolean statusChanged() {
            return status != previous;
        }
    }

    public TranslationsChanged {
        items = List.copyOf(items);
    }

    /** Whether any segment's status changed: a change of texts alone leaves every count of statuses as it was. */
    public boolean anyStatusChanged() {
        return items.stream().anyMatch(Item::statusChanged);
    }
}
