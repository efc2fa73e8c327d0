package org.verso.document;

/**
 * Fired inside the transaction that split a segment in two: {@code segmentId} kept the first part (and its ordinal),
 * {@code newSegmentId} holds the second part at {@code newOrdinal}, and every later segment moved one place down.
 * Features keeping their own rows per segment (translations) follow without this package knowing them.
 */
public record SegmentSplit(long documentId, long segmentId, int words, long newSegmentId, int newOrdinal,
                           int newWords, boolean translatable, String username) {
}
