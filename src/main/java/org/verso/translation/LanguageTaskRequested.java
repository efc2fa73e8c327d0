package org.verso.translation;

import org.verso.account.Actor;

/**
 * Fired inside the transaction that added a target language with a task asked for in the same request (after
 * {@link TranslationsAdded}); the task package checks the assignees and stores it, or refuses the whole request.
 */
public record LanguageTaskRequested(long documentId, String language, TaskFields task, Actor actor) {
}
