package org.verso.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.verso.document.SegmentSplit;
import org.verso.document.SegmentsJoined;
import org.verso.interchange.Sentences;
import org.verso.account.Actor;

/**
 * Translations follow a split or a join of their segment, in the same transaction. The translations touched get a
 * new version, so an editor still showing the old segment gets a conflict instead of overwriting, and a revision
 * saying what happened; a translation whose source changed under it becomes FUZZY. A translation's version is the
 * number of its newest revision, and no two of its revisions share a number, across joins too.
 */
@ApplicationScoped
class ResegmentationFollower {

    private final TranslationWriter writer;

    ResegmentationFollower(TranslationWriter writer) {
        this.writer = writer;
    }

    void followSplit(@Observes SegmentSplit split) {
        Translation.update("ordinal = ordinal + 1 where documentId = ?1 and ordinal >= ?2", split.documentId(),
                split.newOrdinal());
        Actor actor = new Actor(split.username(), Set.of());
        for (Translation first : locked(split.segmentId())) {
            first.words = split.words();
            writer.apply(TranslationWriter.Change.to(first, first.text,
                    hasText(first.text) ? TranslationStatus.FUZZY : TranslationStatus.NEW, "split"),
                    ChangeOrigin.SPLIT, actor);
            secondPart(first, split).persist();
        }
    }

    void followJoin(@Observes SegmentsJoined join) {
        Map<String, Translation> removed = locked(join.removedSegmentId()).stream()
                .collect(Collectors.toMap(t -> t.language, Function.identity()));
        Actor actor = new Actor(join.username(), Set.of());
        for (Translation first : locked(join.segmentId())) {
            Translation second = removed.get(first.language);
            List<String> texts = Stream.of(first.text, second.text).filter(ResegmentationFollower::hasText).toList();
            first.words = join.words();
            first.translatable = join.translatable();
            // The second half's history follows, numbered after the first half's, so every version of the joined
            // translation names one revision (and Revert brings back the text it shows); the join is the newest.
            writer.absorb(first, second);
            writer.apply(TranslationWriter.Change.to(first, texts.isEmpty() ? null : Sentences.join(texts,
                    first.language), texts.isEmpty() ? TranslationStatus.NEW : TranslationStatus.FUZZY, "joined"),
                    ChangeOrigin.JOIN, actor);
        }
        Translation.update("ordinal = ordinal - 1 where documentId = ?1 and ordinal > ?2", join.documentId(),
                join.removedOrdinal());
    }

    /** Every language's translation of one segment, locked against concurrent saves. */
    private static List<Translation> locked(long segmentId) {
        return Translation.find("segmentId", segmentId).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private static Translation secondPart(Translation first, SegmentSplit split) {
        return Translation.untranslated(first.documentId, split.newSegmentId(), first.language, split.newOrdinal(),
                split.newWords(), split.translatable());
    }
}
