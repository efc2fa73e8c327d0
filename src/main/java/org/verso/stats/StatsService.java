package org.verso.stats;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.verso.translation.Translation;
import org.verso.translation.TranslationService;
import org.verso.translation.TranslationStatus;

/** Words per status, per translator and per hour for one document and language, from translations and revisions. */
@ApplicationScoped
public class StatsService {

    private static final String STATUS_WORDS = "select t.status, sum(t.words), count(t) from Translation t"
            + " where t.documentId = ?1 and t.language = ?2 and t.translatable = true group by t.status"
            + " order by t.status";
    private static final String SAVES = "select r.author, r.createdAt, r.status, t.id, t.words from Revision r,"
            + " Translation t where r.translationId = t.id and t.documentId = ?1 and t.language = ?2"
            + " order by r.createdAt";

    private final TranslationService translations;

    StatsService(TranslationService translations) {
        this.translations = translations;
    }

    public DocumentStats stats(long documentId, String languageTag) {
        String language = translations.requireLanguage(documentId, languageTag);
        var em = Translation.getEntityManager();
        List<DocumentStats.StatusWords> byStatus = em.createQuery(STATUS_WORDS, Object[].class)
                .setParameter(1, documentId).setParameter(2, language).getResultList().stream()
                .map(r -> new DocumentStats.StatusWords(r[0].toString(), ((Number) r[1]).intValue(),
                        ((Number) r[2]).intValue())).toList();
        List<Object[]> saves = em.createQuery(SAVES, Object[].class).setParameter(1, documentId)
                .setParameter(2, language).getResultList();
        return new DocumentStats(translations.progress(documentId, language), byStatus, byTranslator(saves), perHour(saves));
    }

    /** Each segment counts once per person, the first time they took it to TRANSLATED. */
    private static List<DocumentStats.TranslatorWords> byTranslator(List<Object[]> saves) {
        Map<String, Tally> tallies = new TreeMap<>();
        for (Object[] save : saves) {
            Tally tally = tallies.computeIfAbsent((String) save[0], user -> new Tally());
            tally.saves++;
            tally.hours.add(((Instant) save[1]).truncatedTo(ChronoUnit.HOURS));
            if (save[2] == TranslationStatus.TRANSLATED && tally.segments.add((Long) save[3])) {
                tally.words += ((Number) save[4]).intValue();
            }
        }
        return tallies.entrySet().stream().map(e -> new DocumentStats.TranslatorWords(e.getKey(), e.getValue().words,
                e.getValue().saves, e.getValue().hours.size(), e.getValue().words / e.getValue().hours.size()))
                .toList();
    }

    private static List<DocumentStats.HourWords> perHour(List<Object[]> saves) {
        Map<Instant, Integer> hours = new TreeMap<>();
        Map<Long, Boolean> counted = new HashMap<>();
        for (Object[] save : saves) {
            if (save[2] == TranslationStatus.TRANSLATED && counted.putIfAbsent((Long) save[3], true) == null) {
                hours.merge(((Instant) save[1]).truncatedTo(ChronoUnit.HOURS), ((Number) save[4]).intValue(),
                        Integer::sum);
            }
        }
        return hours.entrySet().stream().map(e -> new DocumentStats.HourWords(e.getKey(), e.getValue())).toList();
    }

    private static final class Tally {
        private int words;
        private int saves;
        private final Set<Long> segments = new HashSet<>();
        private final Set<Instant> hours = new HashSet<>();
    }
}
