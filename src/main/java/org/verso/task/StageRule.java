package org.verso.task;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.verso.translation.TranslationStatus;

/**
 * The stage a language's translatable segments put it in: any segment still to translate (new, draft, fuzzy,
 * rejected) keeps it TRANSLATING; every one translated or approved is REVIEW; every one approved is DONE.
 */
final class StageRule {

    private static final Set<TranslationStatus> TO_TRANSLATE = EnumSet.of(TranslationStatus.NEW,
            TranslationStatus.DRAFT, TranslationStatus.FUZZY, TranslationStatus.REJECTED);

    private StageRule() {
    }

    /** {@code segments}: how many translatable segments are in each status. */
    static TaskStage of(Map<TranslationStatus, Long> segments) {
        if (TO_TRANSLATE.stream().anyMatch(s -> segments.getOrDefault(s, 0L) > 0)) {
            return TaskStage.TRANSLATING;
        }
        return segments.getOrDefault(TranslationStatus.TRANSLATED, 0L) > 0 ? TaskStage.REVIEW : TaskStage.DONE;
    }
}
