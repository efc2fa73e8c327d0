package org.verso.quality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.verso.account.Actor;
import org.verso.digest.Sha256;
import org.verso.document.DocumentDeleted;
import org.verso.document.DocumentService;
import org.verso.failure.Bundles;
import org.verso.failure.ConflictException;
import org.verso.failure.ErrCommon;
import org.verso.failure.InvalidInputException;
import org.verso.failure.NotFoundException;
import org.verso.failure.StorableText;
import org.verso.qa.QaCheck;
import org.verso.qa.QaChecks;
import org.verso.translation.Translation;
import org.verso.translation.TranslationService;

/**
 * "Not an error here": a translator or reviewer of the language (or an admin) marks one finding on one segment's
 * current translation as right, with the reason. From then on the checks leave that finding out for that text (on
 * save, in the editor, in the report, at approval); a changed text, or a changed source, brings it back.
 */
@ApplicationScoped
public class DismissalService {

    static final int MAX_REASON = 2_000;

    /** The finding as the editor and the report show it (its check's id and its message), and why it is right. */
    public record DismissRequest(String check, String message, String reason) {
    }

    private final QualityService quality;
    private final TranslationService translations;
    private final DocumentService documents;
    private final Bundles bundles;

    DismissalService(QualityService quality, TranslationService translations, DocumentService documents,
                     Bundles bundles) {
        this.bundles = bundles;
        this.quality = quality;
        this.translations = translations;
        this.documents = documents;
    }

    /** Marks the finding not an error for the segment's current text; 409 when that text has no such finding. */
    @Transactional
    public DismissedFinding dismiss(long documentId, String languageTag, long segmentId, DismissRequest request,
                                    Actor actor) {
        String language = translations.requireLanguage(documentId, languageTag);
        TranslationService.requireAssigned(actor, language);
        String reason = validReason(request);
        Translation current = Translation.find("documentId = ?1 and language = ?2 and segmentId = ?3", documentId,
                language, segmentId).firstResult();
        if (current == null) {
            throw new NotFoundException(ErrCommon.class, m -> m.documentSegment(documentId, segmentId));
        }
        QaFinding finding = standing(quality.report(documentId, language, List.of(segmentId)),
                quality.report(documentId, language, List.of(segmentId), CheckSentences.in(bundles)), request,
                current.ordinal);
        QaDismissal d = new QaDismissal();
        d.documentId = documentId;
        d.segmentId = segmentId;
        d.language = language;
        d.checkId = finding.check();
        d.message = finding.message();
        d.findingHash = Sha256.hex(finding.message());
        d.textHash = Sha256.hex(QaDismissal.pairText(documents.segments(documentId, List.of(segmentId)).get(0)
                .source(), current.text));
        d.reason = reason;
        d.dismissedBy = actor.username();
        d.dismissedAt = Instant.now();
        store(d);
        return new DismissedFinding(d.id, finding, d.reason, d.dismissedBy, d.dismissedAt);
    }

    /**
     * The finding the request names among those of the current text, in English as it is stored; the request may
     * name it as the page showed it ({@code said}: the same findings in the viewer's language). 409 when it is
     * marked already or not there.
     */
    private static QaFinding standing(QualityReport now, QualityReport said, DismissRequest request, int ordinal) {
        for (int i = 0; i < now.dismissed().size(); i++) {
            DismissedFinding d = now.dismissed().get(i);
            if (names(d.finding(), said.dismissed().get(i).finding(), request)) {
                throw new ConflictException(ErrQuality.class,
                        m -> m.findingAlreadyMarkedError(d.dismissedBy(), d.reason()));
            }
        }
        for (int i = 0; i < now.findings().size(); i++) {
            if (names(now.findings().get(i), said.findings().get(i), request)) {
                return now.findings().get(i);
            }
        }
        throw new ConflictException(ErrQuality.class,
                m -> m.currentTranslationSegmentSuch((ordinal + 1), request.check()));
    }

    private static boolean names(QaFinding english, QaFinding said, DismissRequest request) {
        return english.check().equals(request.check()) && (english.message().equals(request.message())
                || said.message().equals(request.message()));
    }

    private static void store(QaDismissal d) {
        try {
            d.persistAndFlush();
        } catch (PersistenceException e) {
            // The same mark sent twice at once: the unique key lets one through.
            throw new ConflictException(ErrQuality.class, m -> m.findingWasJustMarked());
        }
    }

    /** Takes a mark back: the finding stands again. 404 when the segment has no such mark. */
    @Transactional
    public void undo(long documentId, String languageTag, long segmentId, long dismissalId, Actor actor) {
        String language = translations.requireLanguage(documentId, languageTag);
        TranslationService.requireAssigned(actor, language);
        long deleted = QaDismissal.delete("id = ?1 and documentId = ?2 and language = ?3 and segmentId = ?4",
                dismissalId, documentId, language, segmentId);
        if (deleted == 0) {
            throw new NotFoundException(ErrQuality.class,
                    m -> m.segmentFindingMarkedError(segmentId, dismissalId, language));
        }
    }

    /** The findings on the language's current translations that are marked not an error, in document order. */
    @Transactional
    public List<DismissedFinding> dismissed(long documentId, String languageTag) {
        return quality.report(documentId, languageTag).dismissed();
    }

    private static String validReason(DismissRequest request) {
        if (request == null || request.check() == null || request.message() == null || request.message().isBlank()) {
            throw new InvalidInputException(ErrQuality.class, m -> m.sendWhyErrorHere());
        }
        if (QaChecks.all().stream().map(QaCheck::id).noneMatch(request.check()::equals)) {
            throw new InvalidInputException(ErrQuality.class, m -> m.thereCheck(request.check()));
        }
        String reason = request.reason() == null ? "" : StorableText.require(request.reason(), "The reason").strip();
        if (reason.isEmpty()) {
            throw new InvalidInputException(ErrQuality.class, m -> m.sayWhyErrorHere());
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidInputException(ErrCommon.class, m -> m.reasonMostCharacters(MAX_REASON));
        }
        return reason;
    }

    /** A deleted document's marks go with its translations: they named findings on texts that no longer exist. */
    void forget(@Observes DocumentDeleted deleted) {
        QaDismissal.delete("documentId", deleted.documentId());
    }
}
