package org.verso.translation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.verso.qa.QaIssue;

/**
 * The quality checks as the write path sees them: implemented by the quality shell, which needs the glossary and the
 * memory, so the translation core calls it without depending on either.
 */
public interface TranslationChecks {

    /** One segment's source and a translation of it. */
    record Pair(long segmentId, int ordinal, String source, String target) {
    }

    /** The findings for each pair (by segment id); pairs without a target get none. A few queries per call. */
    Map<Long, List<QaIssue>> check(long documentId, String sourceLanguage, String language, Collection<Pair> pairs);
}
