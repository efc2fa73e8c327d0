package org.verso.translation;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.verso.account.Actor;
import org.verso.document.DocumentService;
import org.verso.document.ResegmentationService;
import org.verso.document.SegmentContext;
import org.verso.document.SegmentView;
import org.verso.failure.ConflictException;
import org.verso.failure.ErrCommon;
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
    private final TranslationWriter writer;
    private final Event<TranslationsAdded> added;
    private final Event<LanguageTaskRequested> taskRequested;

    TranslationService(DocumentService documents, ResegmentationService resegmentation, ProgressQueries progress,
                       MemoryService memory, TranslationWriter writer, Event<TranslationsAdded> added,
                       Event<LanguageTaskRequested> taskRequested) {
        this.taskRequested = taskRequested;
        this.documents = documents;
        this.resegmentation = resegmentation;
        this.progress = progress;
        this.memory = memory;
        this.writer = writer;
        this.added = added;
    }

    /**
     * Adds a target language: every segment gets a NEW translation in it, and those with a 101% or 100% memory
     * match are pre-translated from it, in the same transaction.
     */
    @Transactional
    public LanguageProgress addLanguage(long documentId, String languageTag, Actor actor) {
        return addLanguage(documentId, languageTag, TaskFields.NONE, actor);
    }

    /** The same, with the language's task (translator, reviewer, due, priority) when any of it is given. */
    @Transactional
    public LanguageProgress addLanguage(long documentId, String languageTag, TaskFields task, Actor actor) {
        String language = LanguageTags.normalize(languageTag);
        resegmentation.holdSegmentation(documentId);
        var document = documents.getDocument(documentId);
        if (language.equals(document.sourceLanguage())) {
            throw new InvalidInputException(ErrTranslation.class,
                    m -> m.articleAlreadyChooseAnother(LanguageTags.displayName(language)));
        }
        if (DocumentLanguage.count("documentId = ?1 and language = ?2", documentId, language) > 0) {
            throw new ConflictException(ErrTranslation.class,
                    m -> m.documentAlreadyBeingTranslated(LanguageTags.displayName(language), language));
        }
        DocumentLanguage row = new DocumentLanguage();
        row.documentId = documentId;
        row.language = language;
        row.addedAt = Instant.now();
        row.addedBy = actor.username();
        row.persist();
        for (SegmentView segment : documents.segments(documentId)) {
            Translation.untranslated(documentId, segment.id(), language, segment.ordinal(), segment.words(),
                    segment.translatable()).persist();
        }
        added.fire(new TranslationsAdded(documentId, document.sourceLanguage(), List.of(language), actor));
        if (task != null && !task.isEmpty()) {
            taskRequested.fire(new LanguageTaskRequested(documentId, language, task, actor));
        }
        return progress.of(documentId, language);
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
                .orElseThrow(() -> new InvalidInputException(ErrTranslation.class, m -> m.giveStatusDraftTranslated()));
        if (!StatusTransitions.reachable(status, Stepper.of(actor))) {
            throw new NotAllowedException(ErrTranslation.class, m -> m.onlyReviewersAdminsMay(status));
        }
        if (request.version() == null) {
            throw new InvalidInputException(ErrTranslation.class, m -> m.giveVersionYouLast());
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
    /** One target language's progress; {@code language} is a normalized tag the document has. */
    public LanguageProgress progress(long documentId, String language) {
        return progress.of(documentId, language);
    }

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
        documents.sourceLanguage(documentId); // 404 for a document that is not there
        String language = LanguageTags.normalize(languageTag);
        if (DocumentLanguage.count("documentId = ?1 and language = ?2", documentId, language) == 0) {
            throw new NotFoundException(ErrTranslation.class,
                    m -> m.documentBeingTranslatedInto(documentId, LanguageTags.displayName(language), language));
        }
        return language;
    }

    /**
     * A translator or reviewer works only in the languages an admin assigned to them: every path that writes
     * translations (save, revert, replace, XLIFF import, pre-translation) checks this first.
     */
    public static void requireAssigned(Actor actor, String language) {
        if (!actor.worksIn(language)) {
            throw new NotAllowedException(ErrTranslation.class,
                    m -> m.youAreAssignedAsk(String.join(", ", actor.languages().stream() .sorted().toList()), LanguageTags.displayName(language), language));
        }
    }

    private Translation lockedTranslation(SaveRequest request) {
        documents.sourceLanguage(request.documentId()); // 404 for a document that is not there
        String language = LanguageTags.normalize(request.language());
        if (!refuseIfStale(request, language)) {
            requireLanguage(request.documentId(), language); // no row: 404 for a language the document lacks
        }
        Translation translation = Translation.find("documentId = ?1 and language = ?2 and segmentId = ?3",
                request.documentId(), language, request.segmentId())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (translation == null) {
            throw new NotFoundException(ErrCommon.class,
                    m -> m.documentSegment(request.documentId(), request.segmentId()));
        }
        return translation;
    }

    /**
     * Refuses an outdated save before it queues for the row lock, where it held a database connection: fifty writers
     * on one segment exhausted PostgreSQL's pool (ConcurrentSaveTest). The version is read as a value, not an entity,
     * so the locked read that follows loads the row fresh; the version is checked again under the lock. Answers
     * whether the row is there: a translation exists only in a language the document has, so a save finding its row
     * needs no other query for the language.
     */
    private static boolean refuseIfStale(SaveRequest request, String language) {
        List<Integer> versions = Translation.getEntityManager().createQuery("select t.version from Translation t"
                        + " where t.documentId = ?1 and t.language = ?2 and t.segmentId = ?3", Integer.class)
                .setParameter(1, request.documentId()).setParameter(2, language).setParameter(3, request.segmentId())
                .getResultList();
        if (!versions.isEmpty() && versions.get(0) != request.version().intValue()) {
            throw new StaleTranslationException(Translation.find("documentId = ?1 and language = ?2 and segmentId = ?3",
                    request.documentId(), language, request.segmentId()).firstResult());
        }
        return !versions.isEmpty();
    }
}
