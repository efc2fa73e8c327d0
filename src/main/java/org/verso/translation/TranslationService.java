package org.verso.translation;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.verso.document.DocumentService;
import org.verso.document.ResegmentationService;
import org.verso.document.SegmentContext;
import org.verso.document.SegmentView;
import org.verso.failure.ConflictException;
import org.verso.failure.InvalidInputException;
import org.verso.failure.NotAllowedException;
import org.verso.failure.NotFoundException;
import org.verso.failure.QualityGateException;
import org.verso.failure.StorableText;
import org.verso.language.LanguageTags;
import org.verso.memory.MemoryMatch;
import org.verso.memory.MemoryService;
import org.verso.memory.NewUnit;
import org.verso.memory.SourceHash;
import org.verso.qa.QaIssue;
import org.verso.qa.Severity;

/** Target languages and every save of a translation: one transaction, a version check, one revision. */
@ApplicationScoped
public class TranslationService {

    private static final int MAX_TEXT = 100_000;
    private static final int MAX_COMMENT = 2_000;

    private final DocumentService documents;
    private final ResegmentationService resegmentation;
    private final ProgressQueries progress;
    private final MemoryService memory;
    private final MemoryPretranslation pretranslation;
    private final QualityService quality;
    private final Event<TranslationSaved> saved;

    TranslationService(DocumentService documents, ResegmentationService resegmentation, ProgressQueries progress,
            MemoryService memory, MemoryPretranslation pretranslation, QualityService quality,
            Event<TranslationSaved> saved) {
        this.quality = quality;
        this.saved = saved;
        this.documents = documents;
        this.resegmentation = resegmentation;
        this.progress = progress;
        this.memory = memory;
        this.pretranslation = pretranslation;
    }

    /**
     * Adds a target language: every segment gets a NEW translation in it, and those with a 101% or 100% memory
     * match are pre-translated from it, in the same transaction.
     */
    @Transactional
    public LanguageProgress addLanguage(long documentId, String languageTag, Actor actor) {
        String language = LanguageTags.normalize(languageTag);
        resegmentation.holdSegmentation(documentId);
        var document = documents.getDocument(documentId);
        if (language.equals(document.sourceLanguage())) {
            throw new InvalidInputException("The article is already in " + LanguageTags.displayName(language)
                    + "; choose another target language.");
        }
        if (DocumentLanguage.count("documentId = ?1 and language = ?2", documentId, language) > 0) {
            throw new ConflictException("The document is already being translated into "
                    + LanguageTags.displayName(language) + " (" + language + ").");
        }
        DocumentLanguage added = new DocumentLanguage();
        added.documentId = documentId;
        added.language = language;
        added.addedAt = Instant.now();
        added.addedBy = actor.username();
        added.persist();
        for (SegmentView segment : documents.segments(documentId)) {
            Translation.untranslated(documentId, segment.id(), language, segment.ordinal(), segment.words(),
                    segment.translatable()).persist();
        }
        pretranslation.pretranslateAddedLanguage(documentId, language, document.sourceLanguage(), actor);
        return progress.of(documentId, language);
    }

    /** Fills the language's NEW segments that have a 101% or 100% memory match. */
    @Transactional
    public PretranslationResult pretranslate(long documentId, String languageTag, Actor actor) {
        return pretranslate(documentId, languageTag, actor, MemoryPretranslation.Progress.NONE);
    }

    /** The same, telling {@code progress} after each batch of lookups; its false rolls everything back. */
    @Transactional
    PretranslationResult pretranslate(long documentId, String languageTag, Actor actor,
                                      MemoryPretranslation.Progress progress) {
        String language = requireLanguage(documentId, languageTag);
        requireAssigned(actor, language);
        return pretranslation.pretranslate(documentId, language, documents.getDocument(documentId).sourceLanguage(),
                actor, progress);
    }

    /** Words per memory match band, weighted. */
    @Transactional
    public MatchAnalysis analysis(long documentId, String languageTag) {
        String language = requireLanguage(documentId, languageTag);
        return pretranslation.analyse(documentId, language, documents.getDocument(documentId).sourceLanguage());
    }

    /** Memory matches for one segment, with its context, so a 101% shows. */
    @Transactional
    public List<MemoryMatch> matches(long documentId, String languageTag, long segmentId, int limit, int threshold) {
        String language = requireLanguage(documentId, languageTag);
        SegmentContext context = documents.segmentInContext(documentId, segmentId);
        return memory.matches(documents.getDocument(documentId).sourceLanguage(), language, context.segment().source(),
                SourceHash.context(context.previousSource(), context.nextSource()), limit, threshold);
    }

    /** Saves one segment; a stale version, a forbidden status or a missing text is refused and nothing is stored. */
    @Transactional
    public SavedTranslation saveTranslation(SaveRequest request, Actor actor) {
        requireAssigned(actor, LanguageTags.normalize(request.language()));
        TranslationStatus status = TranslationStatus.parse(request.status())
                .filter(TranslationStatus::settableByPeople)
                .orElseThrow(() -> new InvalidInputException("Give a status: DRAFT, TRANSLATED, APPROVED or REJECTED."));
        if (status.needsReviewer() && !actor.isReviewer()) {
            throw new NotAllowedException("Only reviewers and admins may set a segment to " + status + ".");
        }
        if (request.version() == null) {
            throw new InvalidInputException("Give the version you last read, so a newer save is never overwritten.");
        }
        Translation translation = lockedTranslation(request);
        if (translation.version != request.version()) {
            throw stale(translation);
        }
        String text = request.text() == null ? translation.text : request.text();
        check(translation, status, text, request.comment());
        boolean textChanged = !Objects.equals(translation.text, text);
        String sourceLanguage = documents.getDocument(translation.documentId).sourceLanguage();
        SegmentContext context = documents.segmentInContext(translation.documentId, translation.segmentId);
        List<QaIssue> issues = qualityOf(translation, context.segment(), sourceLanguage, text);
        if (status == TranslationStatus.APPROVED) {
            requireOverrideForErrors(issues, request.qaOverride());
        }
        translation.text = text;
        translation.status = status;
        translation.version++;
        translation.updatedBy = actor.username();
        translation.updatedAt = Instant.now();
        boolean overridden = status == TranslationStatus.APPROVED
                && issues.stream().anyMatch(i -> i.severity() == Severity.ERROR);
        Revision.record(translation, request.comment(), overridden ? request.qaOverride() : null);
        if (status == TranslationStatus.APPROVED || textChanged && memory.hasUnitForTranslation(translation.id)) {
            remember(translation, context, sourceLanguage);
        }
        saved.fire(new TranslationSaved(translation.documentId, translation.language, translation.segmentId,
                translation.text, status.name(), translation.version, actor.username(), translation.updatedAt));
        return SavedTranslation.of(translation, issues);
    }

    public List<SavedTranslation> translations(long documentId, String languageTag) {
        String language = requireLanguage(documentId, languageTag);
        List<Translation> all = Translation.list("documentId = ?1 and language = ?2", Sort.by("ordinal"),
                documentId, language);
        return all.stream().map(SavedTranslation::of).toList();
    }

    /** The document's target languages with their progress, in the order they were added. */
    public List<LanguageProgress> progress(long documentId) {
        documents.getDocument(documentId);
        return progress.ofDocument(documentId);
    }

    /** Progress of every document, in one query: document id → languages. */
    public Map<Long, List<LanguageProgress>> progressOfAllDocuments() {
        return progress.ofAllDocuments();
    }

    /** The normalized tag of a target language the document has; 404 otherwise. */
    public String requireLanguage(long documentId, String languageTag) {
        documents.getDocument(documentId);
        String language = LanguageTags.normalize(languageTag);
        if (DocumentLanguage.count("documentId = ?1 and language = ?2", documentId, language) == 0) {
            throw new NotFoundException("Document " + documentId + " is not being translated into "
                    + LanguageTags.displayName(language) + " (" + language + "). Add the language first.");
        }
        return language;
    }

    /**
     * A translator or reviewer works only in the languages an admin assigned to them: every path that writes
     * translations (save, revert, replace, XLIFF import, pre-translation) checks this first.
     */
    public static void requireAssigned(Actor actor, String language) {
        if (!actor.worksIn(language)) {
            throw new NotAllowedException("You are assigned to " + String.join(", ", actor.languages().stream()
                    .sorted().toList()) + ", not to " + LanguageTags.displayName(language) + " (" + language
                    + "). Ask an admin to assign you.");
        }
    }

    /** The quality-check findings on {@code text} as this translation's new text. */
    private List<QaIssue> qualityOf(Translation translation, SegmentView segment, String sourceLanguage, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return quality.check(translation.documentId, sourceLanguage, translation.language,
                List.of(new QualityService.Pair(segment.id(), segment.ordinal(), segment.source(), text)))
                .getOrDefault(segment.id(), List.of());
    }

    /** Approving over quality-check errors takes a reason, kept with the revision. */
    private static void requireOverrideForErrors(List<QaIssue> issues, String qaOverride) {
        List<QaIssue> errors = issues.stream().filter(i -> i.severity() == Severity.ERROR).toList();
        if (errors.isEmpty() || qaOverride != null && !qaOverride.isBlank()) {
            return;
        }
        List<Map<String, Object>> listed = errors.stream().map(i -> Map.<String, Object>of("check", i.check(),
                "severity", i.severity().name(), "message", i.message())).toList();
        throw new QualityGateException("Quality checks found " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                + ": " + errors.get(0).message() + (errors.size() > 1 ? " …" : "")
                + " Fix the translation, or approve anyway with a reason (qaOverride).", listed);
    }

    /** Quality-check findings on the language's current translations, in document order. */
    @Transactional
    public List<QaFinding> qualityReport(long documentId, String languageTag) {
        String language = requireLanguage(documentId, languageTag);
        return quality.report(documentId, documents.getDocument(documentId).sourceLanguage(), language);
    }

    /** An approved translation enters the memory, with its segment's context (an approving import). */
    void remember(Translation translation) {
        remember(translation, documents.segmentInContext(translation.documentId, translation.segmentId),
                documents.getDocument(translation.documentId).sourceLanguage());
    }

    /** An approved translation enters the memory; editing one that is there updates its unit. */
    private void remember(Translation translation, SegmentContext context, String sourceLanguage) {
        memory.remember(new NewUnit(sourceLanguage, translation.language, context.segment().source(), translation.text,
                SourceHash.context(context.previousSource(), context.nextSource()),
                "document:" + translation.documentId, translation.id, translation.updatedBy));
    }

    private Translation lockedTranslation(SaveRequest request) {
        String language = requireLanguage(request.documentId(), request.language());
        refuseIfStale(request, language);
        Translation translation = Translation.find("documentId = ?1 and language = ?2 and segmentId = ?3",
                request.documentId(), language, request.segmentId())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (translation == null) {
            throw new NotFoundException("Document " + request.documentId() + " has no segment " + request.segmentId()
                    + ".");
        }
        return translation;
    }

    /**
     * Refuses an outdated save before it queues for the row lock, where it held a database connection: fifty writers
     * on one segment exhausted PostgreSQL's pool (ConcurrentSaveTest). The version is read as a value, not an entity,
     * so the locked read that follows loads the row fresh; the version is checked again under the lock.
     */
    private static void refuseIfStale(SaveRequest request, String language) {
        List<Integer> versions = Translation.getEntityManager().createQuery("select t.version from Translation t"
                        + " where t.documentId = ?1 and t.language = ?2 and t.segmentId = ?3", Integer.class)
                .setParameter(1, request.documentId()).setParameter(2, language).setParameter(3, request.segmentId())
                .getResultList();
        if (!versions.isEmpty() && versions.get(0) != request.version().intValue()) {
            throw stale(Translation.find("documentId = ?1 and language = ?2 and segmentId = ?3",
                    request.documentId(), language, request.segmentId()).firstResult());
        }
    }

    private static void check(Translation translation, TranslationStatus status, String text, String comment) {
        if (!translation.translatable) {
            throw new InvalidInputException("Segment " + translation.segmentId
                    + " is marked not to be translated; it is exported unchanged.");
        }
        if (status.needsText() && (text == null || text.isBlank())) {
            throw new InvalidInputException("A segment cannot be " + status + " without a translation.");
        }
        StorableText.require(text, "The translation");
        StorableText.require(comment, "The comment");
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new InvalidInputException("A comment has at most " + MAX_COMMENT + " characters.");
        }
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidInputException("A translation has at most " + MAX_TEXT + " characters.");
        }
    }

    private static ConflictException stale(Translation current) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("segmentId", current.segmentId);
        details.put("text", current.text == null ? "" : current.text);
        // "status" is the problem document's HTTP status member, so the segment's status goes by another name.
        details.put("currentStatus", current.status.name());
        details.put("version", current.version);
        details.put("updatedBy", current.updatedBy == null ? "" : current.updatedBy);
        return new ConflictException("Someone saved this segment after you opened it (now version " + current.version
                + (current.updatedBy == null ? "" : ", by " + current.updatedBy)
                + "). Your text was not saved; compare both and save again.", details);
    }
}
