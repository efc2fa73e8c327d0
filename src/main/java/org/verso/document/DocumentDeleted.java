package org.verso.document;

/**
 * Fired inside the transaction that deletes a document, after its segments were copied to {@code archived_segment}
 * and before they go: translations follow (to the archive with their revisions) and the target languages go.
 */
public record DocumentDeleted(long documentId, String username) {
}
