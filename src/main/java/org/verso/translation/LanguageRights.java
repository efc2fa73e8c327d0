package org.verso.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.verso.account.Actor;
import org.verso.failure.NotAllowedException;
import org.verso.language.LanguageTags;

/** Who may change what concerns more than one target language of a document. */
@ApplicationScoped
public class LanguageRights {

    /**
     * Splitting or joining a segment, marking it (non-)translatable and importing a new source version change every
     * target language of the document (their translations are joined, archived or marked FUZZY): allowed to admins and
     * to people assigned to all of them (or to every language); anyone else gets 403 naming what they lack.
     */
    @Transactional
    public void requireEveryLanguage(long documentId, Actor actor) {
        if (actor.isAdmin()) {
            return;
        }
        List<String> missing = DocumentLanguage.<DocumentLanguage>list("documentId", documentId).stream()
                .map(l -> l.language).filter(l -> !actor.worksIn(l)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new NotAllowedException(ErrTranslation.class,
                    m -> m.changesSegmentsEveryLanguage(String.join(", ", missing.stream().map(l -> LanguageTags.displayName(l) + " (" + l + ")").toList())));
        }
    }
}
