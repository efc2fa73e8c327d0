package org.verso.translation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verso.language.LanguageTags;

/** Word counts per status bucket, grouped in the database so a dashboard of many documents costs two queries. */
@ApplicationScoped
class ProgressQueries {

    private static final String GROUPED = "select t.documentId, t.language, t.status, sum(t.words), count(t)"
            + " from Translation t where t.translatable = true %s group by t.documentId, t.language, t.status";

    LanguageProgress of(long documentId, String language) {
        return ofDocument(documentId).stream().filter(p -> p.language().equals(language)).findFirst().orElseThrow();
    }

    List<LanguageProgress> ofDocument(long documentId) {
        List<DocumentLanguage> languages = DocumentLanguage.list("documentId = ?1 order by addedAt, id", documentId);
        List<Object[]> rows = Translation.getEntityManager()
                .createQuery(GROUPED.formatted("and t.documentId = :d"), Object[].class)
                .setParameter("d", documentId).getResultList();
        return assemble(languages, rows).getOrDefault(documentId, List.of());
    }

    Map<Long, List<LanguageProgress>> ofAllDocuments() {
        List<DocumentLanguage> languages = DocumentLanguage.list("order by documentId, addedAt, id");
        List<Object[]> rows = Translation.getEntityManager().createQuery(GROUPED.formatted(""), Object[].class)
                .getResultList();
        return assemble(languages, rows);
    }

    private static Map<Long, List<LanguageProgress>> assemble(List<DocumentLanguage> languages, List<Object[]> rows) {
        Map<String, Tally> tallies = new HashMap<>();
        for (Object[] row : rows) {
            Tally tally = tallies.computeIfAbsent(row[0] + "|" + row[1], key -> new Tally());
            tally.add((TranslationStatus) row[2], ((Number) row[3]).intValue(), ((Number) row[4]).intValue());
        }
        Map<Long, List<LanguageProgress>> result = new LinkedHashMap<>();
        for (DocumentLanguage language : languages) {
            Tally tally = tallies.getOrDefault(language.documentId + "|" + language.language, new Tally());
            result.computeIfAbsent(language.documentId, id -> new ArrayList<>()).add(tally.toProgress(language.language));
        }
        return result;
    }

    /** Running sums for one document and language. */
    private static final class Tally {
        private final Map<String, Integer> words = new HashMap<>();
        private int segments;
        private int approvedSegments;

        void add(TranslationStatus status, int wordCount, int segmentCount) {
            words.merge(status.bucket(), wordCount, Integer::sum);
            segments += segmentCount;
            if (status == TranslationStatus.APPROVED) {
                approvedSegments += segmentCount;
            }
        }

        LanguageProgress toProgress(String language) {
            int total = words.values().stream().mapToInt(Integer::intValue).sum();
            return new LanguageProgress(language, LanguageTags.displayName(language),
                    LanguageTags.isRightToLeft(language), total, words.getOrDefault("approved", 0),
                    words.getOrDefault("translated", 0), words.getOrDefault("draft", 0),
                    words.getOrDefault("untranslated", 0), segments - approvedSegments);
        }
    }
}
