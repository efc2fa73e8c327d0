package org.verso.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.verso.memory.MemoryService;

/**
 * Moves translations and their revisions to the archive tables ({@code archived_translation}, {@code
 * archived_revision}) and drops the live rows, in the caller's transaction: for segments a new source version removed,
 * and for every segment of a deleted document. The segments must be in {@code archived_segment} already. The memory
 * keeps its units; it only forgets which translation each mirrored. Nothing here changes a translation's text or
 * status: the rows are copied as they are, then deleted.
 */
@ApplicationScoped
class TranslationArchive {

    /** Translation ids handed to the memory at once, well below PostgreSQL's 32,767 bind parameters. */
    private static final int FORGET_BATCH = 1_000;

    private final MemoryService memory;

    TranslationArchive(MemoryService memory) {
        this.memory = memory;
    }

    /** Archives the translations of the given segments (removed by a new source version). */
    void archiveSegments(List<Long> segmentIds) {
        if (!segmentIds.isEmpty()) {
            archive("t.segment_id IN (?1)", segmentIds);
        }
    }

    /** Archives every translation of a document being deleted, in one statement per table however long it is. */
    void archiveDocument(long documentId) {
        archive("t.document_id = ?1", documentId);
    }

    /** {@code which} is one of the two conditions above on the translation {@code t}, its value bound as ?1. */
    private void archive(String which, Object value) {
        Translation.flush();
        EntityManager em = Translation.getEntityManager();
        em.createNativeQuery("INSERT INTO archived_translation (id, document_id, segment_id, language, text, status, "
                        + "version, updated_by, updated_at) SELECT t.id, t.document_id, t.segment_id, t.language, "
                        + "t.text, t.status, t.version, t.updated_by, t.updated_at FROM translation t WHERE " + which)
                .setParameter(1, value).executeUpdate();
        em.createNativeQuery("INSERT INTO archived_revision (id, translation_id, version, text, status, comment, "
                        + "author, created_at, qa_override, origin) SELECT r.id, r.translation_id, r.version, r.text, "
                        + "r.status, r.comment, r.author, r.created_at, r.qa_override, r.origin FROM revision r JOIN "
                        + "translation t ON t.id = r.translation_id WHERE " + which)
                .setParameter(1, value).executeUpdate();
        em.createNativeQuery("DELETE FROM revision WHERE translation_id IN (SELECT t.id FROM translation t WHERE "
                + which + ")").setParameter(1, value).executeUpdate();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT t.id FROM translation t WHERE " + which)
                .setParameter(1, value).getResultList();
        List<Long> translationIds = ids.stream().map(Number::longValue).toList();
        for (int from = 0; from < translationIds.size(); from += FORGET_BATCH) {
            memory.forgetTranslations(translationIds.subList(from, Math.min(from + FORGET_BATCH,
                    translationIds.size())));
        }
        em.createNativeQuery("DELETE FROM translation t WHERE " + which).setParameter(1, value).executeUpdate();
    }
}
