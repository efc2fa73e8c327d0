package org.verso.document;

/**
 * Fired inside the transaction that imported a new document (not a new version of one): notifications and webhooks
 * ({@code document.imported}) follow it after the commit.
 */
public record DocumentImported(long documentId, String title, String sourceLanguage, String format, String username) {
}
