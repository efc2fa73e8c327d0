package org.verso.editor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.verso.account.Actor;
import org.verso.comment.CommentService;
import org.verso.document.DocumentService;
import org.verso.document.SegmentView;
import org.verso.failure.InvalidInputException;
import org.verso.failure.NotAllowedException;
import org.verso.qa.QaIssue;
import org.verso.qa.Severity;
import org.verso.translation.ChangeOrigin;
import org.verso.translation.SaveRequest;
import org.verso.translation.SavedTranslation;
import org.verso.translation.StatusTransitions;
import org.verso.translation.Stepper;
import org.verso.translation.Translation;
import org.verso.translation.TranslationChecks;
import org.verso.translation.TranslationService;
import org.verso.translation.TranslationStatus;
import org.verso.translation.TranslationWriter;

/**
 * A reviewer's bulk step: every TRANSLATED segment of a language whose quality checks find no error is approved in
 * one write (one revision each, one event); those with errors stay for a person to look at. The count comes first,
 * so the page can say how many before anything is done.
 */
@ApplicationScoped
public class ReviewService {

    private final TranslationService translations;
    private final DocumentService documents;
    private final TranslationChecks checks;
    private final TranslationWriter writer;
    private final CommentService comments;
    private final EditorService editor;

    ReviewService(TranslationService translations, DocumentService documents, TranslationChecks checks,
                  TranslationWriter writer, CommentService comments, EditorService editor) {
        this.comments = comments;
        this.editor = editor;
        this.translations = translations;
        this.documents = documents;
        this.checks = checks;
        this.writer = writer;
    }

    /** How many translated segments would be approved, and how many have errors. */
    @Transactional
    public ReviewCount count(long documentId, String languageTag, Actor actor) {
        String language = requireReviewer(documentId, languageTag, actor);
        List<Translation> translated = translated(documentId, language, false);
        int clean = clean(documentId, language, translated).size();
        return new ReviewCount(clean, translated.size() - clean);
    }

    /** Approves every translated segment without errors; answers how many it approved and how many it left. */
    @Transactional
    public ReviewCount approveClean(long documentId, String languageTag, Actor actor) {
        String language = requireReviewer(documentId, languageTag, actor);
        List<Translation> translated = translated(documentId, language, true);
        List<Translation> clean = clean(documentId, language, translated);
        writer.applyAll(clean.stream().map(t -> TranslationWriter.Change.to(t, t.text, TranslationStatus.APPROVED,
                null)).toList(), ChangeOrigin.REVIEW, actor);
        return new ReviewCount(clean.size(), translated.size() - clean.size());
    }

    /**
     * A rejection from the editor, in one transaction: it needs a reason, which is kept with the revision and starts
     * (or continues) the segment's comment thread, where the translator answers.
     */
    @Transactional
    public SavedTranslation reject(SaveRequest request, Actor actor) {
        if (request.comment() == null || request.comment().isBlank()) {
            throw new InvalidInputException(ErrEditor.class, m -> m.sayWhyYouReject());
        }
        SavedTranslation saved = translations.saveTranslation(request, actor);
        comments.addComment(request.documentId(), request.segmentId(), request.comment().strip(), null,
                actor.username());
        return saved;
    }

    /**
     * Whether a Confirm is no step at all: a reviewer's on an approved segment whose text they did not change.
     * Confirming never lowers an approval; reopening takes a changed text or Save draft. In a transaction of its own,
     * so the row it reads is not kept for the rest of the request.
     */
    @Transactional
    public boolean keepsApproval(long documentId, String languageTag, long segmentId, String typed, Actor actor) {
        if (!actor.isReviewer()) {
            return false;
        }
        EditorRow current = editor.row(documentId, languageTag, segmentId);
        return current.approved() && (typed == null || typed.equals(current.text()));
    }

    private String requireReviewer(long documentId, String languageTag, Actor actor) {
        String language = translations.requireLanguage(documentId, languageTag);
        TranslationService.requireAssigned(actor, language);
        if (!StatusTransitions.reachable(TranslationStatus.APPROVED, Stepper.of(actor))) {
            throw new NotAllowedException(ErrEditor.class, m -> m.onlyReviewersAdminsMay());
        }
        return language;
    }

    private static List<Translation> translated(long documentId, String language, boolean lock) {
        var query = Translation.find("documentId = ?1 and language = ?2 and status = ?3 and translatable = true "
                + "order by ordinal", documentId, language, TranslationStatus.TRANSLATED);
        return (lock ? query.withLock(LockModeType.PESSIMISTIC_WRITE) : query).list();
    }

    /** Of {@code translated}, those the checks find no error in: one call of the checks for all of them. */
    private List<Translation> clean(long documentId, String language, List<Translation> translated) {
        if (translated.isEmpty()) {
            return List.of();
        }
        Map<Long, SegmentView> segments = new HashMap<>();
        documents.segments(documentId).forEach(s -> segments.put(s.id(), s));
        List<TranslationChecks.Pair> pairs = new ArrayList<>();
        for (Translation t : translated) {
            SegmentView segment = segments.get(t.segmentId);
            pairs.add(new TranslationChecks.Pair(t.segmentId, t.ordinal, segment.source(), t.text));
        }
        Map<Long, List<QaIssue>> findings = checks.check(documentId,
                documents.getDocument(documentId).sourceLanguage(), language, pairs);
        return translated.stream().filter(t -> findings.getOrDefault(t.segmentId, List.of()).stream()
                .noneMatch(i -> i.severity() == Severity.ERROR)).toList();
    }
}
