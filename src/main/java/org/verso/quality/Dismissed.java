package org.verso.quality;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.verso.qa.QaIssue;
import org.verso.translation.TranslationChecks.Pair;

/**
 * The findings people marked "not an error here" that apply to some pairs of one document and language: a
 * dismissal holds for its check, its message and the pair (source and translation) it was marked on. One query,
 * however many pairs.
 */
final class Dismissed {

    private final Map<Long, List<QaDismissal>> bySegment;
    private final Map<Long, String> texts;

    private Dismissed(Map<Long, List<QaDismissal>> bySegment, Map<Long, String> texts) {
        this.bySegment = bySegment;
        this.texts = texts;
    }

    static Dismissed of(long documentId, String language, Collection<Pair> pairs) {
        Map<Long, String> texts = new HashMap<>();
        pairs.stream().filter(p -> p.target() != null).forEach(p -> texts.put(p.segmentId(),
                QaDismissal.pairText(p.source(), p.target())));
        if (texts.isEmpty()) {
            return new Dismissed(Map.of(), texts);
        }
        List<QaDismissal> all = QaDismissal.list("documentId = ?1 and language = ?2", documentId, language);
        return new Dismissed(all.stream().filter(d -> texts.containsKey(d.segmentId))
                .collect(Collectors.groupingBy(d -> d.segmentId)), texts);
    }

    /** The dismissal that covers this finding on the segment's text; null when it stands. */
    QaDismissal covering(long segmentId, QaIssue issue) {
        for (QaDismissal d : bySegment.getOrDefault(segmentId, List.of())) {
            if (d.covers(issue.check(), issue.message(), texts.get(segmentId))) {
                return d;
            }
        }
        return null;
    }

    /** The findings without the dismissed ones. */
    Map<Long, List<QaIssue>> remove(Map<Long, List<QaIssue>> found) {
        if (bySegment.isEmpty()) {
            return found;
        }
        Map<Long, List<QaIssue>> kept = new HashMap<>();
        found.forEach((segment, issues) -> kept.put(segment,
                issues.stream().filter(i -> covering(segment, i) == null).toList()));
        return kept;
    }
}
