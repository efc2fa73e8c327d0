package org.verso.editor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.verso.account.Actor;
import org.verso.document.DocumentService;
import org.verso.document.SegmentView;
import org.verso.failure.ConflictException;
import org.verso.failure.InvalidInputException;
import org.verso.failure.NotFoundException;
import org.verso.failure.StorableText;
import org.verso.qa.QaIssue;
import org.verso.qa.Severity;
import org.verso.translation.ChangeOrigin;
import org.verso.translation.StatusTransitions;
import org.verso.translation.Stepper;
import org.verso.translation.Translation;
import org.verso.translation.TranslationChecks;
import org.verso.translation.TranslationService;
import org.verso.translation.TranslationsChanged;

/**
 * Unconfirmed text, kept per person within a second of a pause in typing: it survives a reload, a closed tab and a
 * move to another device, and changes nothing of the translation until the person confirms it (then it goes).
 */
@ApplicationScoped
public class AutosaveService {

    /** Longer than any segment a person types; a bigger body is a mistake or an attack, not a translation. */
    static final int MAX_CHARS = 100_000;

    private final TranslationService translations;
    private final DocumentService documents;
    private final TranslationChecks checks;

    AutosaveService(TranslationService translations, DocumentService documents, TranslationChecks checks) {
        this.translations = translations;
        this.documents = documents;
        this.checks = checks;
    }

    /**
     * Keeps {@code text} as the person's unconfirmed text of the segment, typed over {@code baseVersion} (the current
     * version when null), and answers with the checks' findings on it. Text equal to the saved translation removes
     * the autosave instead: nothing is unconfirmed then.
     */
    @Transactional
    public AutosaveView put(long documentId, String languageTag, long segmentId, String text, Integer baseVersion,
                            Actor actor) {
        String language = translations.requireLanguage(documentId, languageTag);
        TranslationService.requireAssigned(actor, language);
        if (text == null) {
            throw new InvalidInputException(ErrEditor.class, m -> m.sendTextTypedSo());
        }
        if (text.length() > MAX_CHARS) {
            throw new InvalidInputException(ErrEditor.class,
                    m -> m.textCharactersLongAutosave(text.length(), MAX_CHARS));
        }
        StorableText.require(text, "text");
        Translation translation = translation(documentId, language, segmentId);
        if (!StatusTransitions.mayLeave(translation.status, Stepper.of(actor))) {
            throw new ConflictException(ErrEditor.class, m -> m.segmentLockedYouNothing(segmentId, translation.status));
        }
        Autosave kept = find(segmentId, language, actor.username());
        // Text equal to the saved one is nothing unconfirmed; so is text typed over a version this same person has
        // saved over since (an autosave still on its way when their confirm went out).
        boolean superseded = baseVersion != null && baseVersion < translation.version
                && actor.username().equals(translation.updatedBy);
        if (superseded || text.equals(Objects.requireNonNullElse(translation.text, ""))) {
            if (kept != null) {
                kept.delete();
            }
            return new AutosaveView(segmentId, language, text, translation.version, Instant.now(), false,
                    findings(documentId, language, translation, text));
        }
        if (kept == null) {
            kept = new Autosave();
            kept.documentId = documentId;
            kept.segmentId = segmentId;
            kept.language = language;
            kept.username = actor.username();
            kept.baseVersion = baseVersion == null ? translation.version : baseVersion;
        } else if (baseVersion != null) {
            kept.baseVersion = baseVersion;
        }
        kept.text = text;
        kept.savedAt = Instant.now();
        kept.persist();
        return AutosaveView.of(kept, findings(documentId, language, translation, text));
    }

    /**
     * The errors the checks find in {@code text} as the segment's translation, without keeping anything: what a
     * confirm looks at before it saves (and keeps the text only when it stops).
     */
    @Transactional
    public List<QaIssue> errorsIn(long documentId, String languageTag, long segmentId, String text) {
        String language = translations.requireLanguage(documentId, languageTag);
        return findings(documentId, language, translation(documentId, language, segmentId), text).stream()
                .filter(i -> i.severity() == Severity.ERROR).toList();
    }

    /** Drops the person's unconfirmed text of one segment; nothing happens when there is none. */
    @Transactional
    public void discard(long documentId, String languageTag, long segmentId, Actor actor) {
        String language = translations.requireLanguage(documentId, languageTag);
        Autosave.delete("segmentId = ?1 and language = ?2 and username = ?3", segmentId, language, actor.username());
    }

    /** The person's unconfirmed texts in one language of a document, in document order. */
    @Transactional
    public List<AutosaveView> mine(long documentId, String languageTag, Actor actor) {
        String language = translations.requireLanguage(documentId, languageTag);
        List<Autosave> all = Autosave.list("documentId = ?1 and language = ?2 and username = ?3 order by segmentId",
                documentId, language, actor.username());
        return all.stream().map(a -> AutosaveView.of(a, List.of())).toList();
    }

    /** The person's unconfirmed texts of these segments, by segment id: the editor shows them in the boxes. */
    Map<Long, AutosaveView> of(long documentId, String language, String username, Collection<Long> segmentIds) {
        if (segmentIds.isEmpty()) {
            return Map.of();
        }
        List<Autosave> found = Autosave.list("documentId = ?1 and language = ?2 and username = ?3 and segmentId in ?4",
                documentId, language, username, segmentIds);
        return found.stream().map(a -> AutosaveView.of(a, List.of()))
                .collect(Collectors.toMap(AutosaveView::segmentId, Function.identity()));
    }

    /** A person's own save from the editor or the API confirms what they typed: their autosave of it goes. */
    void confirmed(@Observes TranslationsChanged changed) {
        if (changed.origin() != ChangeOrigin.EDITOR || changed.user() == null) {
            return;
        }
        List<Long> segments = changed.items().stream().map(TranslationsChanged.Item::segmentId).toList();
        if (segments.size() == 1) {
            // A save: a select whose translation Hibernate keeps, then the draft (at most one: uq_autosave) deleted as
            // an entity at the commit. A bulk delete was translated again at every call (docs/performance.md).
            Autosave draft = find(segments.get(0), changed.language(), changed.user());
            if (draft != null) {
                draft.delete();
            }
            return;
        }
        Autosave.delete("segmentId in ?1 and language = ?2 and username = ?3", segments, changed.language(),
                changed.user());
    }

    private static Autosave find(long segmentId, String language, String username) {
        return Autosave.find("segmentId = ?1 and language = ?2 and username = ?3", segmentId, language, username)
                .firstResult();
    }

    private static Translation translation(long documentId, String language, long segmentId) {
        Translation translation = Translation.find("documentId = ?1 and language = ?2 and segmentId = ?3",
                documentId, language, segmentId).firstResult();
        if (translation == null || !translation.translatable) {
            throw new NotFoundException(ErrEditor.class, m -> m.documentSegmentTranslate(documentId, segmentId));
        }
        return translation;
    }

    private List<QaIssue> findings(long documentId, String language, Translation translation, String text) {
        Map<Long, SegmentView> segment = documents.segments(documentId, List.of(translation.segmentId)).stream()
                .collect(Collectors.toMap(SegmentView::id, Function.identity()));
        String source = segment.get(translation.segmentId).source();
        return checks.check(documentId, documents.getDocument(documentId).sourceLanguage(), language,
                List.of(new TranslationChecks.Pair(translation.segmentId, translation.ordinal, source, text)))
                .getOrDefault(translation.segmentId, List.of());
    }
}
