package org.verso.notification;

/**
 * A segment a reviewer rejected: the text they rejected, their comment (from the rejecting revision; null when the
 * API call gave none), who rejected it and who last wrote the text ({@code translator}, null when nobody did, as for
 * a segment rejected while empty). {@code number} counts from 1, as people read segments.
 */
public record Rejection(long documentId, String title, String language, long segmentId, int number, String source,
                        String text, String comment, String reviewer, String translator) {
}
