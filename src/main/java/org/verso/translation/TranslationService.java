package org.verso.translation;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.verso.document.DocumentService;
import org.verso.document.ResegmentationService;
import org.verso.document.SegmentContext;
import org.verso.document.SegmentView;
import org.verso.failure.ConflictException;
import org.verso.failure.InvalidInputException;
import org.verso.failure.NotAllowedException;
import org.verso.failure.NotFoundException;
import org.verso.language.LanguageTags;
import org.verso.memory.MemoryMatch;
import org.verso.memory.MemoryService;
import org.verso.memory.SourceHash;

/** Target languages and every save of a translation: one transaction, a version check, one revision. */
@ApplicationScoped
public class TranslationService {

    private final DocumentService documents;
    private final ResegmentationService resegmentation;
    private final ProgressQueries progress;
    private final MemoryService memory;
    private final MemoryPretranslation pretranslation;
    private final QualityService quality;
    private final TranslationWriter writer;

    TranslationService(DocumentService documents, ResegmentationService resegmentation, ProgressQueries progress,
            MemoryService memory, MemoryPretranslation pretranslation, QualityService quality,
            TranslationWriter writer) {
        this.quality = quality;
        this.writer = writer;
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

    /**
     * Saves one segment through the write path; a stale version, a step the status table refuses (a translator over
     * an APPROVED segment: 409) or a missing text is refused and nothing is stored.
     */
    @Transactional
    public SavedTranslation saveTranslation(SaveRequest request, Actor actor) {
        return saveTranslation(request, actor, ChangeOrigin.EDITOR);
    }

    /** The same, for a person's change from elsewhere (a revert). */
    @Transactional
    SavedTranslation saveTranslation(SaveRequest request, Actor actor, ChangeOrigin origin) {
        requireAssigned(actor, LanguageTags.normalize(request.language()));
        TranslationStatus status = TranslationStatus.parse(request.status())
                .filter(s -> StatusTransitions.reachable(s, Stepper.TRANSLATOR)
                        || StatusTransitions.reachable(s, Stepper.REVIEWER))
                .orElseThrow(() -> new InvalidInputException("Give a status: DRAFT, TRANSLATED, APPROVED or REJECTED."));
        if (!StatusTransitions.reachable(status, Stepper.of(actor))) {
            throw new NotAllowedException("Only reviewers and admins may set a segment to " + status + ".");
        }
        if (request.version() == null) {
            throw new InvalidInputException("Give the version you last read, so a newer save is never overwritten.");
        }
        Translation translation = lockedTranslation(request);
        String text = request.text() == null ? translation.text : request.text();
        return writer.apply(new TranslationWriter.Change(translation, text, status, request.version(),
                request.comment(), request.qaOverride(), null), origin, actor);
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

    /** Quality-check findings on the language's current translations, in document order. */
    @Transactional
    public List<QaFinding> qualityReport(long documentId, String languageTag) {
        String language = requireLanguage(documentId, languageTag);
        return quality.report(documentId, documents.getDocument(documentId).sourceLanguage(), language);
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
            throw new StaleTranslationException(Translation.find("documentId = ?1 and language = ?2 and segmentId = ?3",
                    request.documentId(), language, request.segmentId()).firstResult());
        }
    }
}
