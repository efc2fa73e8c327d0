package org.verso.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.verso.document.SegmentSplit;
import org.verso.document.SegmentsJoined;
import org.verso.interchange.Sentences;

/**
 * Translations follow a split or a join of their segment, in the same transaction. The translations touched get a
 * new version, so an editor still showing the old segment gets a conflict instead of overwriting, and a revision
 * saying what happened; a translation whose source changed under it becomes FUZZY. A translation's version is the
 * number of its newest revision, and no two of its revisions share a number, across joins too.
 */
@ApplicationScoped
class ResegmentationFollower {

    void followSplit(@Observes SegmentSplit split) {
        Translation.update("ordinal = ordinal + 1 where documentId = ?1 and ordinal >= ?2", split.documentId(),
                split.newOrdinal());
        for (Translation first : locked(split.segmentId())) {
            first.words = split.words();
            if (hasText(first.text)) {
                first.status = TranslationStatus.FUZZY;
            }
            touch(first, first.version + 1, split.username());
            Revision.record(first, "split");
            secondPart(first, split).persist();
        }
    }

    void followJoin(@Observes SegmentsJoined join) {
        Map<String, Translation> removed = locked(join.removedSegmentId()).stream()
                .collect(Collectors.toMap(t -> t.language, Function.identity()));
        for (Translation first : locked(join.segmentId())) {
            Translation second = removed.get(first.language);
            List<String> texts = Stream.of(first.text, second.text).filter(ResegmentationFollower::hasText).toList();
            first.text = texts.isEmpty() ? null : Sentences.join(texts, first.language);
            first.status = texts.isEmpty() ? TranslationStatus.NEW : TranslationStatus.FUZZY;
            first.words = join.words();
            first.translatable = join.translatable();
            // The second half's history follows, numbered after the first half's, so every version of the joined
            // translation names one revision (and Revert brings back the text it shows); the join is the newest.
            Revision.update("version = version + ?1, translationId = ?2 where translationId = ?3", first.version,
                    first.id, second.id);
            touch(first, first.version + second.version + 1, join.username());
            second.delete();
            Revision.record(first, "joined");
        }
        Translation.update("ordinal = ordinal - 1 where documentId = ?1 and ordinal > ?2", join.documentId(),
                join.removedOrdinal());
    }

    /** Every language's translation of one segment, locked against concurrent saves. */
    private static List<Translation> locked(long segmentId) {
        return Translation.find("segmentId", segmentId).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    private static void touch(Translation translation, int version, String username) {
        translation.version = version;
        translation.updatedBy = username;
        translation.updatedAt = Instant.now();
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private static Translation secondPart(Translation first, SegmentSplit split) {
        return Translation.untranslated(first.documentId, split.newSegmentId(), first.language, split.newOrdinal(),
                split.newWords(), split.translatable());
    }
}
