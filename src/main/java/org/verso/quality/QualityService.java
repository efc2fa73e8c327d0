package org.verso.quality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.verso.document.DocumentService;
import org.verso.document.SegmentView;
import org.verso.failure.Bundles;
import org.verso.failure.InvalidInputException;
import org.verso.glossary.GlossaryService;
import org.verso.glossary.TermView;
import org.verso.memory.MemoryMatch;
import org.verso.memory.MemoryService.ExactLookup;
import org.verso.memory.MemoryService;
import org.verso.qa.GlossaryTerm;
import org.verso.qa.QaCheck;
import org.verso.qa.QaChecks;
import org.verso.qa.QaContext;
import org.verso.qa.QaIssue;
import org.verso.translation.Translation;
import org.verso.translation.TranslationChecks;
import org.verso.translation.TranslationService;

/**
 * Runs the quality checks ({@code org.verso.qa}) on translations with what they need to know: the pair's glossary,
 * and how the same source was translated elsewhere in the document and in the memory. A few queries per call,
 * however many segments.
 */
@ApplicationScoped
public class QualityService implements TranslationChecks {

    private final DocumentService documents;
    private final GlossaryService glossary;
    private final MemoryService memory;
    private final TranslationService translations;
    private final Bundles bundles;

    QualityService(DocumentService documents, GlossaryService glossary, MemoryService memory,
                   TranslationService translations, Bundles bundles) {
        this.translations = translations;
        this.bundles = bundles;
        this.documents = documents;
        this.glossary = glossary;
        this.memory = memory;
    }

    /**
     * The findings for each pair (by segment id), but those someone marked "not an error here" for that very text;
     * pairs without a target get none.
     */
    @Override
    @Transactional
    public Map<Long, List<QaIssue>> check(long documentId, String sourceLanguage, String language, Collection<Pair> pairs) {
        Map<Long, List<QaIssue>> found = run(documentId, sourceLanguage, language, pairs);
        if (found.isEmpty()) {
            return found;
        }
        Function<QaIssue, QaIssue> say = CheckSentences.in(bundles);
        Map<Long, List<QaIssue>> said = new HashMap<>();
        Dismissed.of(documentId, language, pairs).remove(found)
                .forEach((segment, issues) -> said.put(segment, issues.stream().map(say).toList()));
        return said;
    }

    /** Every check's findings for each pair, dismissed or not. */
    private Map<Long, List<QaIssue>> run(long documentId, String sourceLanguage, String language, Collection<Pair> pairs) {
        List<Pair> translated = pairs.stream().filter(p -> p.target() != null && !p.target().isBlank()).toList();
        if (translated.isEmpty()) {
            return Map.of();
        }
        Set<String> enabled = enabledChecks(documentId);
        List<GlossaryTerm> terms = glossary.lookup(sourceLanguage, language).terms().stream()
                .map(QualityService::term).toList();
        Map<String, List<String>> elsewhere = otherTranslations(documentId, sourceLanguage, language, translated);
        Map<Long, Integer> maxLengths = documents.maxLengths(documentId,
                translated.stream().map(Pair::segmentId).toList());
        Map<Long, List<QaIssue>> findings = new HashMap<>();
        for (Pair pair : translated) {
            List<String> others = elsewhere.getOrDefault(pair.source(), List.of()).stream()
                    .filter(t -> !t.equals(pair.target())).distinct().toList();
            QaContext context = new QaContext(sourceLanguage, language, terms, others,
                    maxLengths.get(pair.segmentId()));
            findings.put(pair.segmentId(), PluralChecks.run(pair.source(), pair.target(), context, enabled));
        }
        return findings;
    }

    /** Quality-check findings on the language's current translations, in document order (dismissed ones apart). */
    @Transactional
    public QualityReport report(long documentId, String languageTag) {
        String language = translations.requireLanguage(documentId, languageTag);
        List<Translation> all = Translation.list("documentId = ?1 and language = ?2 and translatable = true "
                + "and text is not null order by ordinal", documentId, language);
        return findings(documentId, documents.getDocument(documentId).sourceLanguage(), language, all,
                documents.segments(documentId), CheckSentences.in(bundles));
    }

    /** The segments a report covers, in document order: the batches of a background report. */
    @Transactional
    List<Long> reportScope(long documentId, String language) {
        return Translation.find("select segmentId from Translation where documentId = ?1 and language = ?2 and "
                + "translatable = true and text is not null order by ordinal", documentId, language)
                .project(Long.class).list();
    }

    /**
     * The findings on some segments' translations: one batch of a background report. The same as their share of
     * the whole report, because the consistency check reads the other segments' translations from the database.
     */
    @Transactional
    QualityReport report(long documentId, String language, Collection<Long> segmentIds) {
        return report(documentId, language, segmentIds, Function.identity());
    }

    /** As {@link #report(long, String, Collection)}, each finding said by {@code say}. */
    @Transactional
    QualityReport report(long documentId, String language, Collection<Long> segmentIds,
                         Function<QaIssue, QaIssue> say) {
        String sourceLanguage = documents.getDocument(documentId).sourceLanguage();
        List<Translation> batch = Translation.list("documentId = ?1 and language = ?2 and segmentId in ?3 and "
                + "translatable = true and text is not null order by ordinal", documentId, language, segmentIds);
        return findings(documentId, sourceLanguage, language, batch, documents.segments(documentId, segmentIds), say);
    }

    private QualityReport findings(long documentId, String sourceLanguage, String language, List<Translation> all,
                                   List<SegmentView> sources, Function<QaIssue, QaIssue> say) {
        Map<Long, SegmentView> segments = sources.stream().collect(Collectors.toMap(SegmentView::id, s -> s));
        List<Pair> pairs = all.stream().map(t -> new Pair(t.segmentId, t.ordinal, segments.get(t.segmentId).source(),
                t.text)).toList();
        Map<Long, List<QaIssue>> found = run(documentId, sourceLanguage, language, pairs);
        Dismissed dismissed = found.isEmpty() ? null : Dismissed.of(documentId, language, pairs);
        List<QaFinding> standing = new ArrayList<>();
        List<DismissedFinding> marked = new ArrayList<>();
        for (Pair pair : pairs) {
            for (QaIssue issue : found.getOrDefault(pair.segmentId(), List.of())) {
                QaFinding finding = new QaFinding(pair.segmentId(), pair.ordinal(), issue.check(),
                        issue.severity().name(), say.apply(issue).message());
                QaDismissal d = dismissed.covering(pair.segmentId(), issue);
                if (d == null) {
                    standing.add(finding);
                } else {
                    marked.add(new DismissedFinding(d.id, finding, d.reason, d.dismissedBy, d.dismissedAt));
                }
            }
        }
        return new QualityReport(standing, marked);
    }

    /** The checks that run on the document: all but those an admin turned off. */
    @Transactional
    public Set<String> enabledChecks(long documentId) {
        Set<String> disabled = disabledChecks(documentId);
        return QaChecks.all().stream().map(QaCheck::id).filter(id -> !disabled.contains(id))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The checks turned off for a document; 404 for a document that does not exist. */
    @Transactional
    public Set<String> disabledChecksOf(long documentId) {
        documents.getDocument(documentId);
        return disabledChecks(documentId);
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Set<String> disabledChecks(long documentId) {
        List<String> ids = Translation.getEntityManager()
                .createNativeQuery("SELECT check_id FROM document_disabled_check WHERE document_id = ?1")
                .setParameter(1, documentId).getResultList();
        return new HashSet<>(ids);
    }

    /** Replaces the document's turned-off checks; unknown ids are refused. */
    @Transactional
    public void setDisabledChecks(long documentId, Collection<String> disabled) {
        documents.getDocument(documentId);
        Set<String> known = QaChecks.all().stream().map(QaCheck::id).collect(Collectors.toSet());
        for (String id : disabled) {
            if (!known.contains(id)) {
                throw new InvalidInputException(ErrQuality.class, m -> m.thereCheckChecksAre(id, known));
            }
        }
        var em = Translation.getEntityManager();
        em.createNativeQuery("DELETE FROM document_disabled_check WHERE document_id = ?1")
                .setParameter(1, documentId).executeUpdate();
        for (String id : new LinkedHashSet<>(disabled)) {
            em.createNativeQuery("INSERT INTO document_disabled_check (document_id, check_id) VALUES (?1, ?2)")
                    .setParameter(1, documentId).setParameter(2, id).executeUpdate();
        }
    }

    /**
     * For each source among the pairs, the translations it has elsewhere: other segments of the document with the
     * same source (in this language), and the memory's exact match.
     */
    private Map<String, List<String>> otherTranslations(long documentId, String sourceLanguage, String language,
            List<Pair> pairs) {
        Set<String> sources = pairs.stream().map(Pair::source).collect(Collectors.toSet());
        Set<Long> checked = pairs.stream().map(Pair::segmentId).collect(Collectors.toSet());
        Map<String, List<String>> elsewhere = new HashMap<>();
        List<SegmentView> same = documents.segmentsWithSources(documentId, sources).stream()
                .filter(s -> !checked.contains(s.id())).toList();
        if (!same.isEmpty()) {
            Map<Long, String> sourceById = same.stream().collect(Collectors.toMap(SegmentView::id, SegmentView::source));
            List<Translation> translations = Translation.list("documentId = ?1 and language = ?2 and segmentId in ?3 "
                    + "and text is not null", documentId, language, sourceById.keySet());
            for (Translation t : translations) {
                if (!t.text.isBlank()) {
                    elsewhere.computeIfAbsent(sourceById.get(t.segmentId), k -> new ArrayList<>()).add(t.text);
                }
            }
        }
        // Pairs with the same source check each other too.
        for (Pair pair : pairs) {
            elsewhere.computeIfAbsent(pair.source(), k -> new ArrayList<>()).add(pair.target());
        }
        List<String> distinct = List.copyOf(sources);
        List<MemoryMatch> remembered = memory.bestExactMatches(sourceLanguage, language,
                distinct.stream().map(s -> new ExactLookup(s, null)).toList());
        for (int i = 0; i < distinct.size(); i++) {
            if (remembered.get(i) != null) {
                elsewhere.computeIfAbsent(distinct.get(i), k -> new ArrayList<>()).add(remembered.get(i).target());
            }
        }
        return elsewhere;
    }

    private static GlossaryTerm term(TermView view) {
        return new GlossaryTerm(view.sourceTerm(), view.targetTerm(), view.termStatus(), view.caseSensitive());
    }
}
