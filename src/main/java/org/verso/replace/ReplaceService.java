package org.verso.replace;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.verso.account.Actor;
import org.verso.document.DocumentService;
import org.verso.failure.ConflictException;
import org.verso.qa.QaIssue;
import org.verso.qa.Severity;
import org.verso.translation.ChangeOrigin;
import org.verso.translation.SavedTranslation;
import org.verso.translation.StatusTransitions;
import org.verso.translation.Stepper;
import org.verso.translation.Translation;
import org.verso.translation.TranslationChecks;
import org.verso.translation.TranslationService;
import org.verso.translation.TranslationStatus;
import org.verso.translation.TranslationWriter;

/**
 * Search and replace across one language's target texts: a preview, or every change saved in one transaction,
 * each as a revision of its own (so history, live updates and quality checks see it like a person's save). A
 * background replace ({@link ReplaceJob}) runs the same plan batch by batch.
 */
@ApplicationScoped
public class ReplaceService {

    private final TranslationService translations;
    private final TranslationWriter writer;
    private final TranslationChecks checks;
    private final DocumentService documents;
    private final Duration regexBudget;

    ReplaceService(TranslationService translations, TranslationWriter writer, TranslationChecks checks,
                   DocumentService documents,
                   @ConfigProperty(name = "verso.replace.regex-budget", defaultValue = "2s") Duration regexBudget) {
        this.checks = checks;
        this.documents = documents;
        this.translations = translations;
        this.writer = writer;
        this.regexBudget = regexBudget;
    }

    @Transactional
    public List<Replacement> replace(long documentId, String languageTag, ReplaceRequest request, Actor actor) {
        String language = translations.requireLanguage(documentId, languageTag);
        TranslationService.requireAssigned(actor, language);
        ReplacePlan plan = ReplacePlan.of(request);
        List<Translation> scope = Translation.list("documentId = ?1 and language = ?2 and status in ?3 and "
                + "translatable = true and text is not null", Sort.by("ordinal"), documentId, language,
                plan.statuses());
        List<Replacement> found = changes(scope, plan, RegexBudget.starting(regexBudget));
        if (Boolean.TRUE.equals(request.preview())) {
            Map<Long, Translation> rows = new HashMap<>();
            scope.forEach(t -> rows.put(t.segmentId, t));
            return decide(found, rows, plan, actor);
        }
        return save(documentId, language, found, plan, actor, false);
    }

    /** The segments a replace looks at, in document order: the batches of a background replace. */
    @Transactional
    List<Long> scope(long documentId, String language, ReplacePlan plan) {
        return Translation.find("select segmentId from Translation where documentId = ?1 and language = ?2 and "
                + "status in ?3 and translatable = true and text is not null order by ordinal", documentId, language,
                plan.statuses()).project(Long.class).list();
    }

    /**
     * One batch of a background replace, in its own transaction. The expression runs first, on rows read without a
     * lock and within the time budget, so no row is ever locked while a person's expression runs. Then the changed
     * rows are locked, so a person saving one of them meanwhile waits rather than turning the batch into a conflict;
     * a segment saved by someone else in between, or whose status left the scope, is left alone.
     */
    @Transactional
    List<Replacement> replaceBatch(long documentId, String language, ReplacePlan plan, Collection<Long> segmentIds,
                                   Actor actor) {
        List<Translation> unlocked = batch(documentId, language, plan, segmentIds, false);
        List<Replacement> changed = changes(unlocked, plan, RegexBudget.starting(regexBudget));
        return save(documentId, language, changed, plan, actor, true);
    }

    private static List<Translation> batch(long documentId, String language, ReplacePlan plan,
                                           Collection<Long> segmentIds, boolean lock) {
        var query = Translation.find("documentId = ?1 and language = ?2 and segmentId in ?3 and status in ?4 and "
                + "translatable = true and text is not null order by ordinal", documentId, language, segmentIds,
                plan.statuses());
        return (lock ? query.withLock(LockModeType.PESSIMISTIC_WRITE) : query).list();
    }

    /**
     * What the replace does with each segment it found, in the same order. Left unchanged, with the reason: an
     * approved segment the actor may not keep approved (a translator's replace never lowers a review), and one whose
     * new text has quality errors that stop its approval, unless the request gives a reason to replace anyway; then
     * it is replaced, listing the errors the reason overrides. The rest are replaced as found.
     */
    private List<Replacement> decide(List<Replacement> found, Map<Long, Translation> rows, ReplacePlan plan,
                                     Actor actor) {
        List<TranslationWriter.Change> allowed = found.stream().filter(r -> refusal(rows.get(r.segmentId()), actor)
                == null).map(r -> change(rows.get(r.segmentId()), r, null, plan, actor)).toList();
        Map<Long, List<QaIssue>> errors = new HashMap<>(writer.approvalErrors(allowed, ChangeOrigin.REPLACE));
        errors.putAll(addedErrors(allowed.stream().filter(c -> c.status() != TranslationStatus.APPROVED).toList()));
        List<Replacement> decided = new ArrayList<>(found.size());
        for (Replacement r : found) {
            String refusal = refusal(rows.get(r.segmentId()), actor);
            List<QaIssue> stopping = errors.getOrDefault(r.segmentId(), List.of());
            if (refusal != null) {
                decided.add(r.leftOut(refusal, List.of()));
            } else if (stopping.isEmpty()) {
                decided.add(r);
            } else {
                boolean approved = rows.get(r.segmentId()).status == TranslationStatus.APPROVED;
                decided.add(plan.qaOverride() != null ? r.overriding(stopping) : r.leftOut("The new text has "
                        + stopping.size() + (stopping.size() == 1 ? " quality error" : " quality errors")
                        + (approved ? ", so it cannot stay approved" : " the current one has not")
                        + "; fix the replacement or give a reason to replace anyway.", stopping));
            }
        }
        return decided;
    }

    /**
     * For changes that do not approve: the errors each new text has that the current text has not — what the replace
     * would add (an error the segment already had is not the replace's doing). One run of the checks, and one more over
     * the current texts of the segments whose new text has an error.
     */
    private Map<Long, List<QaIssue>> addedErrors(List<TranslationWriter.Change> changes) {
        if (changes.isEmpty()) {
            return Map.of();
        }
        Translation first = changes.get(0).translation();
        String sourceLanguage = documents.getDocument(first.documentId).sourceLanguage();
        Map<Long, String> sources = new HashMap<>();
        documents.segments(first.documentId, changes.stream().map(c -> c.translation().segmentId).toList())
                .forEach(s -> sources.put(s.id(), s.source()));
        Map<Long, List<QaIssue>> now = checks.check(first.documentId, sourceLanguage, first.language, changes.stream()
                .map(c -> new TranslationChecks.Pair(c.translation().segmentId, c.translation().ordinal,
                        sources.get(c.translation().segmentId), c.text())).toList());
        // The current texts are checked only where the new ones have errors: usually none, so one run in all.
        Map<Long, List<QaIssue>> was = checks.check(first.documentId, sourceLanguage, first.language, changes.stream()
                .filter(c -> now.getOrDefault(c.translation().segmentId, List.of()).stream()
                        .anyMatch(i -> i.severity() == Severity.ERROR))
                .map(c -> new TranslationChecks.Pair(c.translation().segmentId, c.translation().ordinal,
                        sources.get(c.translation().segmentId), c.translation().text)).toList());
        Map<Long, List<QaIssue>> added = new HashMap<>();
        now.forEach((segmentId, issues) -> {
            List<QaIssue> before = was.getOrDefault(segmentId, List.of());
            List<QaIssue> fresh = issues.stream().filter(i -> i.severity() == Severity.ERROR && before.stream()
                    .noneMatch(b -> b.check().equals(i.check()) && b.message().equals(i.message()))).toList();
            if (!fresh.isEmpty()) {
                added.put(segmentId, fresh);
            }
        });
        return added;
    }

    /**
     * Why {@code actor} may not replace in this segment at all, or null: an approved segment they could not keep
     * approved (a translator's), which would otherwise be lowered or refused with the whole replace.
     */
    private static String refusal(Translation t, Actor actor) {
        boolean lowered = t.status == TranslationStatus.APPROVED
                && t.status.keptBy(actor) != TranslationStatus.APPROVED;
        if (!lowered && StatusTransitions.mayLeave(t.status, Stepper.of(actor))) {
            return null;
        }
        return "Approved" + (t.updatedBy == null ? "" : " by " + t.updatedBy)
                + " — ask a reviewer to reopen it. It was left unchanged.";
    }

    /** The write of one replacement, keeping its status where the actor may ({@link TranslationStatus#keptBy}). */
    private static TranslationWriter.Change change(Translation row, Replacement r, String qaOverride,
                                                   ReplacePlan plan, Actor actor) {
        return new TranslationWriter.Change(row, r.proposed(), TranslationStatus.valueOf(r.status()).keptBy(actor),
                r.version(), plan.comment(), qaOverride, null);
    }

    private static List<Replacement> changes(List<Translation> scope, ReplacePlan plan, RegexBudget budget) {
        List<Replacement> changed = new ArrayList<>();
        for (Translation t : scope) {
            String after = plan.replaced(budget.matcher(plan.pattern(), t.text, t.ordinal + 1));
            if (!after.equals(t.text)) {
                changed.add(Replacement.found(t.segmentId, t.ordinal, t.status.name(), t.text, after, t.version));
            }
        }
        return changed;
    }

    /**
     * Every change the replace makes ({@link #decide}) through the write path at once, each keeping its status where
     * the actor may set it; one revision each, one event; the segments left out are answered with the rest, in
     * document order. The expression ran on rows read without a lock; they are read again under a write lock now, so
     * a person saving one meanwhile waits rather than losing their save. A row that moved since it was read (saved by
     * someone, or out of scope) refuses the whole replace, or is left alone when {@code skipMoved} (a background
     * replace's batch).
     */
    private List<Replacement> save(long documentId, String language, List<Replacement> found, ReplacePlan plan,
                                   Actor actor, boolean skipMoved) {
        if (found.isEmpty()) {
            return List.of();
        }
        // Out of the session, so the locked read below loads the rows as they are now, not the copies read before.
        Translation.getEntityManager().flush();
        Translation.getEntityManager().clear();
        Map<Long, Translation> rows = new HashMap<>();
        batch(documentId, language, plan, found.stream().map(Replacement::segmentId).toList(), true)
                .forEach(t -> rows.put(t.segmentId, t));
        List<Replacement> changed = skipMoved ? found.stream().filter(r -> rows.containsKey(r.segmentId())
                && rows.get(r.segmentId()).version == r.version()).toList() : found;
        for (Replacement r : changed) {
            if (!rows.containsKey(r.segmentId())) {
                throw new ConflictException(ErrReplace.class, m -> m.segmentChangedWhileReplace(r.segmentId()));
            }
        }
        return write(decide(changed, rows, plan, actor), rows, plan, actor);
    }

    /** The replacements not left out, in one write; the answer lists every one, as stored or as left. */
    private List<Replacement> write(List<Replacement> decided, Map<Long, Translation> rows, ReplacePlan plan,
                                    Actor actor) {
        List<SavedTranslation> saved = writer.applyAll(decided.stream().filter(r -> !r.leftOut())
                .map(r -> change(rows.get(r.segmentId()), r, r.errors().isEmpty() ? null : plan.qaOverride(), plan,
                        actor)).toList(), ChangeOrigin.REPLACE, actor);
        Iterator<SavedTranslation> written = saved.iterator();
        List<Replacement> done = new ArrayList<>(decided.size());
        for (Replacement r : decided) {
            SavedTranslation s = r.leftOut() ? null : written.next();
            done.add(s == null ? r : r.saved(s.status(), s.version()));
        }
        return done;
    }
}
