package org.verso.translation;

import java.util.List;
import org.verso.account.Actor;

/**
 * Fired inside the transaction that created untranslated rows: a target language was added, or a new source version
 * added segments. Pre-translation fills what the memory knows (synchronously, in the same transaction), without the
 * translation core knowing about pre-translation.
 */
public record TranslationsAdded(long documentId, String sourceLanguage, List<String> languages, Actor actor) {

    public TranslationsAdded {
        languages = List.copyOf(languages);
    }
}
