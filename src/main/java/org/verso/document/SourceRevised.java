package org.verso.document;

import java.util.List;

/**
 * Fired inside the transaction that imported a new version of a document's source, after the segments took their
 * new texts and ordinals and the added ones were stored, before the removed ones go (they are parked at negative
 * ordinals and already copied to the archive). Translations follow: archive and drop the removed segments' rows,
 * mark the changed ones FUZZY, create rows for the added ones, and take every segment's new ordinal.
 */
public record SourceRevised(long documentId, int version, String sourceLanguage, List<Long> changedSegmentIds,
                            List<Long> addedSegmentIds, List<Long> removedSegmentIds, String username) {

    public SourceRevised {
        changedSegmentIds = List.copyOf(changedSegmentIds);
        addedSegmentIds = List.copyOf(addedSegmentIds);
        removedSegmentIds = List.copyOf(removedSegmentIds);
    }
}
