package org.verso.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.verso.account.Actor;
import org.verso.document.DocumentService;
import org.verso.document.SegmentContext;
import org.verso.failure.ErrCommon;
import org.verso.failure.InvalidInputException;
import org.verso.failure.Message;
import org.verso.failure.NotAllowedException;
import org.verso.failure.QualityGateException;
import org.verso.failure.StorableText;
import org.verso.interchange.catalog.PluralText;
import org.verso.memory.MemoryService;
import org.verso.memory.NewUnit;
import org.verso.memory.SourceHash;
import org.verso.qa.QaIssue;
import org.verso.qa.Severity;

/**
 * The one write path of a translation's text, status and version (an ArchUnit rule keeps it the only one). Each call
 * is one change of one language of one document, by one person or by Verso itself, from one {@link ChangeOrigin}:
 * it checks every step against {@link StatusTransitions} and the person's language, refuses a stale version, runs
 * the quality checks where the origin calls for them, raises each version, records one revision per segment, keeps
 * the memory in step with approvals and fires one {@link TranslationsChanged}. A batch costs a constant number of
 * queries besides its own rows' updates: a replace of 5,000 segments no longer runs 5,000 saves.
 */
@ApplicationScoped
public class TranslationWriter {

    static final int MAX_TEXT = 100_000;
    static final int MAX_COMMENT = 2_000;

    /**
     * One change asked of the write path.
     *
     * @param translation the row, read by the caller under a write lock
     * @param readVersion the version the person last read; a different stored version refuses the whole change
     *                    ({@code null}: the caller already left out rows that moved)
     * @param ifErrors    the status to take instead of APPROVED when the checks find errors (an import's final
     *                    target); {@code null}: such an approval is refused unless {@code qaOverride} gives a reason
     */
    public record Change(Translation translation, String text, TranslationStatus status, Integer readVersion,
                         String comment, String qaOverride, TranslationStatus ifErrors) {

        public static Change to(Translation translation, String text, TranslationStatus status, String comment) {
            return new Change(translation, text, status, null, comment, null, null);
        }
    }

    private final DocumentService documents;
    private final TranslationChecks checks;
    private final MemoryService memory;
    private final Event<TranslationsChanged> changed;

    TranslationWriter(DocumentService documents, TranslationChecks checks, MemoryService memory,
                      Event<TranslationsChanged> changed) {
        this.documents = documents;
        this.checks = checks;
        this.memory = memory;
        this.changed = changed;
    }

    /** One segment; the answer carries the quality findings on its new text. */
    @Transactional
    public SavedTranslation apply(Change change, ChangeOrigin origin, Actor actor) {
        return applyAll(List.of(change), origin, actor).get(0);
    }

    /**
     * Every change of one document's language, all or nothing: the first refused step, stale version or unjustified
     * approval over errors refuses the whole batch and nothing is stored.
     */
    @Transactional
    public List<SavedTranslation> applyAll(List<Change> changes, ChangeOrigin origin, Actor actor) {
        if (changes.isEmpty()) {
            return List.of();
        }
        Translation first = changes.get(0).translation();
        if (changes.stream().anyMatch(c -> c.translation().documentId.longValue() != first.documentId
                || !c.translation().language.equals(first.language))) {
            throw new IllegalArgumentException("One write is one language of one document");
        }
        Stepper by = origin.system() ? Stepper.SYSTEM : Stepper.of(actor);
        if (!origin.system()) {
            TranslationService.requireAssigned(actor, first.language);
        }
        changes.forEach(c -> refuseUnlessAllowed(c, by));
        String sourceLanguage = documents.sourceLanguage(first.documentId);
        Set<Long> inMemory = memory.translationsWithUnits(changes.stream()
                .filter(c -> !Objects.equals(c.translation().text, c.text())).map(c -> c.translation().id).toList());
        Map<Long, SegmentContext> contexts = contexts(changes, origin, !inMemory.isEmpty());
        Map<Long, List<QaIssue>> findings = findings(changes, origin, sourceLanguage, contexts);
        Instant now = Instant.now();
        List<SavedTranslation> saved = new ArrayList<>();
        List<TranslationsChanged.Item> items = new ArrayList<>();
        for (Change change : changes) {
            Translation t = change.translation();
            List<QaIssue> issues = findings.getOrDefault(t.segmentId, List.of());
            boolean errors = issues.stream().anyMatch(i -> i.severity() == Severity.ERROR);
            TranslationStatus status = change.status() == TranslationStatus.APPROVED && errors
                    && change.ifErrors() != null ? change.ifErrors() : change.status();
            TranslationStatus previous = t.status;
            t.text = change.text();
            t.status = status;
            t.version++;
            t.updatedBy = actor.username();
            t.updatedAt = now;
            boolean overridden = status == TranslationStatus.APPROVED && errors;
            Revision.record(t, change.comment(), overridden ? change.qaOverride() : null, origin);
            if (status == TranslationStatus.APPROVED || inMemory.contains(t.id)) {
                remember(t, contexts.get(t.segmentId), sourceLanguage);
            }
            saved.add(SavedTranslation.of(t, issues));
            items.add(new TranslationsChanged.Item(t.segmentId, t.text, t.status, t.version, previous));
        }
        changed.fire(new TranslationsChanged(first.documentId, first.language, origin, actor.username(), now, items));
        return saved;
    }

    /**
     * Brings a joined-away translation's history into the translation it joins: its revisions are numbered after
     * the first half's, so every version names one revision across the join, and the second row goes. The join
     * itself is then an {@link ChangeOrigin#JOIN} change of the first.
     */
    void absorb(Translation first, Translation second) {
        Revision.update("version = version + ?1, translationId = ?2 where translationId = ?3", first.version,
                first.id, second.id);
        first.version += second.version;
        second.delete();
    }

    private static void refuseUnlessAllowed(Change change, Stepper by) {
        Translation t = change.translation();
        TranslationStatus to = change.status();
        if (by != Stepper.SYSTEM) {
            if (!StatusTransitions.reachable(to, by)) {
                throw new NotAllowedException(ErrTranslation.class, m -> to == TranslationStatus.APPROVED
                        || to == TranslationStatus.REJECTED ? m.onlyReviewersAdminsMay(to) : m.giveStatusDraftTranslated());
            }
            if (!t.translatable) {
                throw new InvalidInputException(ErrTranslation.class,
                        m -> m.segmentMarkedTranslatedExported(t.segmentId));
            }
        }
        if (change.readVersion() != null && change.readVersion() != t.version) {
            throw new StaleTranslationException(t);
        }
        if (!StatusTransitions.allows(t.status, to, by)) {
            if (by == Stepper.SYSTEM) {
                throw new IllegalStateException("No system step " + t.status + " → " + to + " (segment "
                        + t.segmentId + ")");
            }
            throw new StepRefusedException(t, to);
        }
        if (to.needsText() && (change.text() == null || change.text().isBlank())) {
            throw new InvalidInputException(ErrTranslation.class, m -> m.segmentCannotWithoutTranslation(to));
        }
        StorableText.require(change.text(), "The translation");
        StorableText.require(change.comment(), "The comment");
        if (change.comment() != null && change.comment().length() > MAX_COMMENT) {
            throw new InvalidInputException(ErrCommon.class, m -> m.commentMostCharacters(MAX_COMMENT));
        }
        if (change.text() != null && change.text().length() > MAX_TEXT) {
            throw new InvalidInputException(ErrTranslation.class, m -> m.translationMostCharacters(MAX_TEXT));
        }
    }

    /**
     * The segments with their neighbours, for checks and memory units: one segment's alone, a batch's from the whole
     * document at once. Only what the origin needs: a fill or a follow-up that approves nothing reads none.
     */
    private Map<Long, SegmentContext> contexts(List<Change> changes, ChangeOrigin origin, boolean updatesMemory) {
        if (!origin.checked() && !updatesMemory
                && changes.stream().noneMatch(c -> c.status() == TranslationStatus.APPROVED)) {
            return Map.of();
        }
        Translation first = changes.get(0).translation();
        Map<Long, SegmentContext> byId = new HashMap<>();
        if (changes.size() == 1) {
            byId.put(first.segmentId, documents.segmentInContext(first.documentId, first.segmentId));
        } else {
            documents.segmentsInContext(first.documentId).forEach(c -> byId.put(c.segment().id(), c));
        }
        return byId;
    }

    /**
     * The quality-check errors that would stop each of these approvals, by segment, whether or not the change gives a
     * reason: for a caller that leaves such segments out (or shows them) rather than have the whole batch refused.
     * Only changes to APPROVED without a fallback status are gated; the others never appear.
     */
    public Map<Long, List<QaIssue>> approvalErrors(List<Change> changes, ChangeOrigin origin) {
        List<Change> gated = changes.stream()
                .filter(c -> c.status() == TranslationStatus.APPROVED && c.ifErrors() == null).toList();
        if (gated.isEmpty() || !origin.checked()) {
            return Map.of();
        }
        Translation first = gated.get(0).translation();
        String sourceLanguage = documents.sourceLanguage(first.documentId);
        Map<Long, List<QaIssue>> errors = new HashMap<>();
        check(gated, sourceLanguage, contexts(gated, origin, false)).forEach((segmentId, issues) -> {
            List<QaIssue> found = issues.stream().filter(i -> i.severity() == Severity.ERROR).toList();
            if (!found.isEmpty()) {
                errors.put(segmentId, found);
            }
        });
        return errors;
    }

    /**
     * The quality findings of a checked origin: on a single segment always (the editor shows them), in a batch on
     * the segments becoming APPROVED (the gate). An approval over errors needs a reason, unless the change names a
     * status to take instead.
     */
    private Map<Long, List<QaIssue>> findings(List<Change> changes, ChangeOrigin origin, String sourceLanguage,
                                              Map<Long, SegmentContext> contexts) {
        if (!origin.checked()) {
            return Map.of();
        }
        Map<Long, List<QaIssue>> findings = check(changes, sourceLanguage, contexts);
        for (Change change : changes) {
            if (change.status() == TranslationStatus.APPROVED && change.ifErrors() == null) {
                requireOverrideForErrors(change, findings.getOrDefault(change.translation().segmentId, List.of()),
                        changes.size() > 1);
            }
        }
        return findings;
    }

    private Map<Long, List<QaIssue>> check(List<Change> changes, String sourceLanguage,
                                           Map<Long, SegmentContext> contexts) {
        List<TranslationChecks.Pair> pairs = changes.stream()
                .filter(c -> changes.size() == 1 || c.status() == TranslationStatus.APPROVED)
                .filter(c -> c.text() != null && !c.text().isBlank())
                .map(c -> {
                    SegmentContext context = contexts.get(c.translation().segmentId);
                    return new TranslationChecks.Pair(c.translation().segmentId, context.segment().ordinal(),
                            context.segment().source(), c.text());
                }).toList();
        if (pairs.isEmpty()) {
            return Map.of();
        }
        Translation first = changes.get(0).translation();
        return checks.check(first.documentId, sourceLanguage, first.language, pairs);
    }

    /** Approving over quality-check errors takes a reason, kept with the revision. */
    private static void requireOverrideForErrors(Change change, List<QaIssue> issues, boolean batch) {
        List<QaIssue> errors = issues.stream().filter(i -> i.severity() == Severity.ERROR).toList();
        if (errors.isEmpty() || change.qaOverride() != null && !change.qaOverride().isBlank()) {
            return;
        }
        List<Map<String, Object>> listed = errors.stream().map(i -> Map.<String, Object>of("check", i.check(),
                "severity", i.severity().name(), "message", i.message())).toList();
        long segmentId = change.translation().segmentId;
        String first = errors.get(0).message();
        String more = errors.size() > 1 ? " …" : "";
        throw new QualityGateException(Message.of(ErrTranslation.class, m -> batch
                ? m.qualityErrorsInSegment(segmentId, errors.size(), first, more)
                : m.qualityErrors(errors.size(), first, more)), listed);
    }

    /** An approved translation enters the memory; editing one that is there updates its unit. */
    private void remember(Translation translation, SegmentContext context, String sourceLanguage) {
        if (PluralText.isPlural(translation.text)) {
            return; // a plural's forms are no sentence pair the memory could offer for another segment
        }
        memory.remember(new NewUnit(sourceLanguage, translation.language, context.segment().source(), translation.text,
                SourceHash.context(context.previousSource(), context.nextSource()),
                "document:" + translation.documentId, translation.id, translation.updatedBy));
    }
}
