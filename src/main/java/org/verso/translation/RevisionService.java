package org.verso.translation;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.verso.account.Actor;
import org.verso.failure.ErrCommon;
import org.verso.failure.NotFoundException;
import org.verso.language.LanguageTags;

/** A segment's history: every save, and going back to one of them (which is itself a new save). */
@ApplicationScoped
public class RevisionService {

    private final TranslationService translations;

    RevisionService(TranslationService translations) {
        this.translations = translations;
    }

    /**
     * Every save of one segment in one language, oldest first: who changed what, when. By time rather than version,
     * because a joined segment carries the revisions of both halves.
     */
    public List<RevisionView> revisions(long documentId, String languageTag, long segmentId) {
        Translation translation = translation(documentId, languageTag, segmentId);
        List<Revision> revisions = Revision.list("translationId", Sort.by("createdAt").and("id"), translation.id);
        return revisions.stream().map(RevisionView::of).toList();
    }

    /**
     * Makes revision {@code version}'s text current again, as a new revision by {@code actor}. Its status comes
     * back too when the actor may set it (a translator reverting to an approved text gets TRANSLATED); a revision
     * without text brings the segment back to DRAFT.
     */
    @Transactional
    public SavedTranslation revert(long documentId, String languageTag, long segmentId, int version, Actor actor) {
        TranslationService.requireAssigned(actor, LanguageTags.normalize(languageTag));
        Translation translation = translation(documentId, languageTag, segmentId);
        Revision wanted = Revision.find("translationId = ?1 and version = ?2",
                Sort.descending("createdAt").and("id", Sort.Direction.Descending), translation.id, version)
                .firstResult();
        if (wanted == null) {
            throw new NotFoundException(ErrTranslation.class, m -> m.segmentRevision(segmentId, version));
        }
        return translations.saveTranslation(new SaveRequest(documentId, languageTag, segmentId, wanted.text,
                statusFor(wanted, actor).name(), translation.version, "reverted to version " + version), actor,
                ChangeOrigin.REVERT);
    }

    private static TranslationStatus statusFor(Revision wanted, Actor actor) {
        return wanted.text == null || wanted.text.isBlank() ? TranslationStatus.DRAFT : wanted.status.keptBy(actor);
    }

    private Translation translation(long documentId, String languageTag, long segmentId) {
        String language = translations.requireLanguage(documentId, languageTag);
        Translation translation = Translation.find("documentId = ?1 and language = ?2 and segmentId = ?3",
                documentId, language, segmentId).firstResult();
        if (translation == null) {
            throw new NotFoundException(ErrCommon.class, m -> m.documentSegment(documentId, segmentId));
        }
        return translation;
    }
}
