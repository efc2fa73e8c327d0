package org.verso.document;

import java.util.List;

/**
 * Copies segments into {@code archived_segment} before they go, so their archived translations keep a source: the
 * segments a new source version removed, and every segment of a deleted document. In the caller's transaction.
 */
final class SegmentArchive {

    private SegmentArchive() {
    }

    /** Segments a new version removed; they are parked at negative ordinals (-ordinal - 1) already. */
    static void copyRemoved(int version, List<Long> segmentIds) {
        if (!segmentIds.isEmpty()) {
            copy("-ordinal - 1", "id IN (?2)", version, segmentIds);
        }
    }

    /** Every segment of a document being deleted, at its ordinal; {@code version} one past its last source version. */
    static void copyDocument(int version, long documentId) {
        copy("ordinal", "document_id = ?2", version, documentId);
    }

    /** {@code ordinal} and {@code which} are one of the two pairs above; the rows go as they are, flags and all. */
    private static void copy(String ordinal, String which, int version, Object value) {
        Segment.flush();
        Segment.getEntityManager().createNativeQuery("INSERT INTO archived_segment (id, document_id, "
                        + "removed_in_version, ordinal, paragraph, kind, source_text, word_count, translatable, "
                        + "left_out) SELECT id, document_id, ?1, " + ordinal + ", paragraph, kind, source_text, "
                        + "word_count, translatable, left_out FROM segment WHERE " + which)
                .setParameter(1, version).setParameter(2, value).executeUpdate();
    }
}
