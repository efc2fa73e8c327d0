package org.verso.document;

/**
 * Fired inside the transaction that joined a segment with the next one of its paragraph, before the next one is
 * deleted: {@code segmentId} now holds both texts ({@code words}, {@code translatable}), {@code removedSegmentId}
 * at {@code removedOrdinal} goes, and every later segment moves one place up.
 */
public record SegmentsJoined(long documentId, long segmentId, int words, boolean translatable, long removedSegmentId,
                             int removedOrdinal, String username) {
}
