package org.verso.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.verso.document.DocumentService;
import org.verso.document.SegmentView;
import org.verso.document.SourceRevised;
import org.verso.account.Actor;

/**
 * Translations follow a new version of their document's source, in the same transaction: the removed segments'
 * translations move to the archive with their revisions; a translation whose source sentence was edited becomes
 * FUZZY (its text kept, for the translator to adapt) with a new version, so an editor still showing the old source
 * gets a conflict instead of overwriting; each added segment gets an empty translation per target language, then
 * pre-translated from memory like a language just added; every translation takes its segment's new position.
 */
@ApplicationScoped
class SourceRevisionFollower {

    private final DocumentService documents;
    private final TranslationWriter writer;
    private final TranslationArchive archive;
    private final Event<TranslationsAdded> added;

    SourceRevisionFollower(DocumentService documents, TranslationWriter writer, TranslationArchive archive,
                           Event<TranslationsAdded> added) {
        this.documents = documents;
        this.writer = writer;
        this.archive = archive;
        this.added = added;
    }

    void follow(@Observes SourceRevised revised) {
        EntityManager em = Translation.getEntityManager();
        archive.archiveSegments(revised.removedSegmentIds());
        List<String> languages = em.createQuery("select l.language from DocumentLanguage l where l.documentId = :d",
                String.class).setParameter("d", revised.documentId()).getResultList();
        Map<Long, SegmentView> segments = new HashMap<>();
        documents.segments(revised.documentId()).forEach(s -> segments.put(s.id(), s));
        addTranslations(revised, languages, segments);
        // Every translation takes its segment's new position and word count, as the document service tells them.
        for (Translation translation : Translation.<Translation>list("documentId", revised.documentId())) {
            SegmentView segment = segments.get(translation.segmentId);
            if (segment != null) {
                translation.ordinal = segment.ordinal();
                translation.words = segment.words();
            }
        }
        Actor actor = new Actor(revised.username(), Set.of());
        markChanged(revised, actor);
        if (!languages.isEmpty()) {
            added.fire(new TranslationsAdded(revised.documentId(), revised.sourceLanguage(), languages, actor));
        }
    }

    /** Each language's edited segments become FUZZY through the write path: one batch, one event per language. */
    private void markChanged(SourceRevised revised, Actor actor) {
        if (revised.changedSegmentIds().isEmpty()) {
            return;
        }
        List<Translation> changed = Translation.find("segmentId in ?1", revised.changedSegmentIds())
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        Map<String, List<TranslationWriter.Change>> byLanguage = new TreeMap<>();
        for (Translation translation : changed) {
            if (translation.text != null && !translation.text.isBlank()) {
                byLanguage.computeIfAbsent(translation.language, l -> new ArrayList<>()).add(TranslationWriter.Change
                        .to(translation, translation.text, TranslationStatus.FUZZY,
                                "source changed in version " + revised.version()));
            }
        }
        byLanguage.values().forEach(changes -> writer.applyAll(changes, ChangeOrigin.SOURCE_CHANGE, actor));
    }

    private static void addTranslations(SourceRevised revised, List<String> languages,
                                        Map<Long, SegmentView> segments) {
        for (String language : languages) {
            for (Long id : revised.addedSegmentIds()) {
                SegmentView segment = segments.get(id);
                Translation.untranslated(revised.documentId(), id, language, segment.ordinal(), segment.words(),
                        segment.translatable()).persist();
            }
        }
    }
}
