package org.verso.document;

/**
 * Fired inside the transaction that flips a segment's translatable flag, so features keeping their own copy of it
 * (translation progress) follow without this package knowing them.
 */
public record SegmentTranslatableChanged(long documentId, long segmentId, boolean translatable) {
}
