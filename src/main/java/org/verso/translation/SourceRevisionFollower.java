package org.verso.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.verso.document.SourceRevised;
import org.verso.memory.MemoryService;

/**
 * Translations follow a new version of their document's source, in the same transaction: the removed segments'
 * translations move to the archive with their revisions; a translation whose source sentence was edited becomes
 * FUZZY (its text kept, for the translator to adapt) with a new version, so an editor still showing the old source
 * gets a conflict instead of overwriting; each added segment gets an empty translation per target language, then
 * pre-translated from memory like a language just added; every translation takes its segment's new position.
 */
@ApplicationScoped
class SourceRevisionFollower {

    private final MemoryPretranslation pretranslation;
    private final TranslationWriter writer;
    private final MemoryService memory;

    SourceRevisionFollower(MemoryPretranslation pretranslation, TranslationWriter writer, MemoryService memory) {
        this.pretranslation = pretranslation;
        this.writer = writer;
        this.memory = memory;
    }

    void follow(@Observes SourceRevised revised) {
        EntityManager em = Translation.getEntityManager();
        archiveRemoved(em, revised);
        List<String> languages = em.createQuery("select l.language from DocumentLanguage l where l.documentId = :d",
                String.class).setParameter("d", revised.documentId()).getResultList();
        addTranslations(em, revised, languages);
        Translation.flush();
        // Before any translation is loaded into the session, so none there holds an old position.
        em.createNativeQuery("UPDATE translation SET ordinal = (SELECT s.ordinal FROM segment s WHERE s.id = "
                        + "translation.segment_id), words = (SELECT s.word_count FROM segment s WHERE s.id = "
                        + "translation.segment_id) WHERE document_id = ?1")
                .setParameter(1, revised.documentId()).executeUpdate();
        Actor actor = new Actor(revised.username(), Set.of());
        markChanged(revised, actor);
        for (String language : languages) {
            pretranslation.pretranslateAddedLanguage(revised.documentId(), language, revised.sourceLanguage(), actor);
        }
    }

    private void archiveRemoved(EntityManager em, SourceRevised revised) {
        List<Long> removed = revised.removedSegmentIds();
        if (removed.isEmpty()) {
            return;
        }
        Translation.flush();
        em.createNativeQuery("INSERT INTO archived_translation (id, document_id, segment_id, language, text, status, "
                        + "version, updated_by, updated_at) SELECT id, document_id, segment_id, language, text, status, "
                        + "version, updated_by, updated_at FROM translation WHERE segment_id IN (?1)")
                .setParameter(1, removed).executeUpdate();
        em.createNativeQuery("INSERT INTO archived_revision (id, translation_id, version, text, status, comment, "
                        + "author, created_at, qa_override, origin) SELECT r.id, r.translation_id, r.version, r.text, "
                        + "r.status, r.comment, r.author, r.created_at, r.qa_override, r.origin FROM revision r JOIN "
                        + "translation t "
                        + "ON t.id = r.translation_id WHERE t.segment_id IN (?1)")
                .setParameter(1, removed).executeUpdate();
        em.createNativeQuery("DELETE FROM revision WHERE translation_id IN (SELECT id FROM translation "
                + "WHERE segment_id IN (?1))").setParameter(1, removed).executeUpdate();
        memory.forgetTranslations(em.createQuery("select t.id from Translation t where t.segmentId in :removed",
                Long.class).setParameter("removed", removed).getResultList());
        em.createNativeQuery("DELETE FROM translation WHERE segment_id IN (?1)").setParameter(1, removed)
                .executeUpdate();
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

    private static void addTranslations(EntityManager em, SourceRevised revised, List<String> languages) {
        if (revised.addedSegmentIds().isEmpty() || languages.isEmpty()) {
            return;
        }
        List<Object[]> added = em.createQuery("select s.id, s.ordinal, s.wordCount, s.translatable from Segment s "
                + "where s.id in :ids", Object[].class).setParameter("ids", revised.addedSegmentIds()).getResultList();
        for (String language : languages) {
            for (Object[] segment : added) {
                Translation.untranslated(revised.documentId(), (Long) segment[0], language, (Integer) segment[1],
                        (Integer) segment[2], (Boolean) segment[3]).persist();
            }
        }
    }
}
