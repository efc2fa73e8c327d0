package org.verso.task;

import java.time.Instant;

/**
 * Fired inside the transaction that gave a document language's task a new translator or reviewer ({@code role} is
 * {@code translator} or {@code reviewer}); notifications ("a task assigned to me") follow it after the commit.
 */
public record TaskAssigned(long documentId, String title, String language, String username, String role, Instant due,
                           String priority, String actor) {
}
