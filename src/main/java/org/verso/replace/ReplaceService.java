package org.verso.replace;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.verso.failure.ConflictException;
import org.verso.failure.InvalidInputException;
import org.verso.account.Actor;
import org.verso.translation.ChangeOrigin;
import org.verso.translation.SavedTranslation;
import org.verso.translation.StatusTransitions;
import org.verso.translation.Stepper;
import org.verso.translation.Translation;
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

    private static final int MAX_FIND = 1_000;
    private static final Set<TranslationStatus> WITH_TEXT = EnumSet.complementOf(EnumSet.of(TranslationStatus.NEW));

    /** A checked request: what to find, what to put instead, where, and the comment each revision carries. */
    record Plan(Pattern pattern, String replacement, Set<TranslationStatus> statuses, String comment) {
    }

    private final TranslationService translations;
    private final TranslationWriter writer;
    private final Duration regexBudget;

    ReplaceService(TranslationService translations, TranslationWriter writer,
                   @ConfigProperty(name = "verso.replace.regex-budget", defaultValue = "2s") Duration regexBudget) {
        this.translations = translations;
        this.writer = writer;
        this.regexBudget = regexBudget;
    }

    @Transactional
    public List<Replacement> replace(long documentId, String languageTag, ReplaceRequest request, Actor actor) {
        String language = translations.requireLanguage(documentId, languageTag);
        TranslationService.requireAssigned(actor, language);
        Plan plan = plan(request, actor);
        List<Translation> scope = Translation.list("documentId = ?1 and language = ?2 and status in ?3 and "
                + "translatable = true and text is not null", Sort.by("ordinal"), documentId, language,
                plan.statuses());
        List<Replacement> changed = changes(scope, plan, RegexBudget.starting(regexBudget));
        return Boolean.TRUE.equals(request.preview()) ? changed
                : save(documentId, language, changed, plan, actor, false);
    }

    /** The segments a replace looks at, in document order: the batches of a background replace. */
    @Transactional
    List<Long> scope(long documentId, String language, Plan plan) {
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
    List<Replacement> replaceBatch(long documentId, String language, Plan plan, Collection<Long> segmentIds,
                                   Actor actor) {
        List<Translation> unlocked = batch(documentId, language, plan, segmentIds, false);
        List<Replacement> changed = changes(unlocked, plan, RegexBudget.starting(regexBudget));
        return save(documentId, language, changed, plan, actor, true);
    }

    private static List<Translation> batch(long documentId, String language, Plan plan, Collection<Long> segmentIds,
                                           boolean lock) {
        var query = Translation.find("documentId = ?1 and language = ?2 and segmentId in ?3 and status in ?4 and "
                + "translatable = true and text is not null order by ordinal", documentId, language, segmentIds,
                plan.statuses());
        return (lock ? query.withLock(LockModeType.PESSIMISTIC_WRITE) : query).list();
    }

    /**
     * Checks a request completely, so a background replace is refused before it is queued, never half-way. The
     * scope leaves out the statuses {@code actor} may not change: a translator's replace never touches an approved
     * segment (locked for translators), so it neither fails nor quietly undoes a review.
     */
    Plan plan(ReplaceRequest request, Actor actor) {
        Pattern pattern = pattern(request);
        String replacement = replacement(request);
        requireReplacementFits(pattern, replacement);
        String comment = "replaced “" + request.find() + "” with “" + request.replace() + "”";
        Set<TranslationStatus> statuses = EnumSet.noneOf(TranslationStatus.class);
        statuses.addAll(statuses(request.statuses()));
        statuses.removeIf(s -> !StatusTransitions.mayLeave(s, Stepper.of(actor)));
        if (statuses.isEmpty()) {
            throw new InvalidInputException("Approved segments are locked for translators; a reviewer can replace "
                    + "in them.");
        }
        return new Plan(pattern, replacement, statuses, comment.length() > 2_000 ? null : comment);
    }

    private static List<Replacement> changes(List<Translation> scope, Plan plan, RegexBudget budget) {
        List<Replacement> changed = new ArrayList<>();
        for (Translation t : scope) {
            String after = replaced(budget.matcher(plan.pattern(), t.text, t.ordinal + 1), plan.replacement());
            if (!after.equals(t.text)) {
                changed.add(new Replacement(t.segmentId, t.ordinal, t.status.name(), t.text, after, t.version));
            }
        }
        return changed;
    }

    /**
     * Every change through the write path at once, each keeping its status where the actor may set it
     * ({@link TranslationStatus#keptBy}); one revision each, one event. The expression ran on rows read without a
     * lock; they are read again under a write lock now, so a person saving one meanwhile waits rather than losing
     * their save. A row that moved since it was read (saved by someone, or out of scope) refuses the whole replace,
     * or is left alone when {@code skipMoved} (a background replace's batch).
     */
    private List<Replacement> save(long documentId, String language, List<Replacement> found, Plan plan,
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
                throw new ConflictException("Segment " + r.segmentId() + " changed while the replace ran; nothing "
                        + "was replaced. Try again.");
            }
        }
        List<TranslationWriter.Change> changes = changed.stream().map(r -> new TranslationWriter.Change(
                rows.get(r.segmentId()), r.after(), TranslationStatus.valueOf(r.status()).keptBy(actor), r.version(),
                plan.comment(), null, null)).toList();
        List<SavedTranslation> saved = writer.applyAll(changes, ChangeOrigin.REPLACE, actor);
        List<Replacement> done = new ArrayList<>();
        for (int i = 0; i < changed.size(); i++) {
            Replacement r = changed.get(i);
            done.add(new Replacement(r.segmentId(), r.ordinal(), saved.get(i).status(), r.before(), r.after(),
                    saved.get(i).version()));
        }
        return done;
    }

    private static Pattern pattern(ReplaceRequest request) {
        String find = request.find();
        if (find == null || find.isEmpty()) {
            throw new InvalidInputException("Give the text to find.");
        }
        if (find.length() > MAX_FIND) {
            throw new InvalidInputException("Search for at most " + MAX_FIND + " characters.");
        }
        if (request.replace() == null) {
            throw new InvalidInputException("Give the replacement (it may be empty).");
        }
        if (!Boolean.TRUE.equals(request.regex())) {
            return Pattern.compile(Pattern.quote(find));
        }
        try {
            return Pattern.compile(find);
        } catch (PatternSyntaxException e) {
            throw new InvalidInputException("Not a valid regular expression: " + e.getDescription() + " near "
                    + "position " + e.getIndex() + ".");
        }
    }

    private static String replacement(ReplaceRequest request) {
        return Boolean.TRUE.equals(request.regex()) ? request.replace() : Matcher.quoteReplacement(request.replace());
    }

    /**
     * Refuses a replacement naming a group the expression lacks ($3, ${name}) before any text is read: the same
     * expression with an empty alternative always matches the empty string, with the same groups, all unset.
     */
    private static void requireReplacementFits(Pattern pattern, String replacement) {
        Matcher probe;
        try {
            probe = Pattern.compile("(?:" + pattern.pattern() + ")|", pattern.flags()).matcher("");
        } catch (PatternSyntaxException e) {
            return; // an expression that cannot be wrapped (a trailing comment): its texts tell at replace time
        }
        if (probe.find()) {
            replaced(probe, replacement);
        }
    }

    /** The text with every match replaced; a replacement naming a missing group is the user's error, not ours. */
    private static String replaced(Matcher matcher, String replacement) {
        try {
            return matcher.replaceAll(replacement);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new InvalidInputException("The replacement does not fit the expression: " + e.getMessage());
        }
    }

    private static Set<TranslationStatus> statuses(List<String> wanted) {
        if (wanted == null || wanted.isEmpty()) {
            return WITH_TEXT;
        }
        Set<TranslationStatus> statuses = EnumSet.noneOf(TranslationStatus.class);
        for (String name : wanted) {
            statuses.add(TranslationStatus.parse(name).orElseThrow(() -> new InvalidInputException(
                    "Unknown status '" + name + "'; use " + WITH_TEXT.toString().toLowerCase(Locale.ROOT) + ".")));
        }
        return statuses;
    }
}
