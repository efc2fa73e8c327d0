package org.verso.pretranslation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.verso.document.DocumentService;
import org.verso.document.SegmentContext;
import org.verso.memory.MemoryMatch;
import org.verso.memory.MemoryService;
import org.verso.memory.MemoryService.ExactLookup;
import org.verso.memory.SourceHash;
import org.verso.account.Actor;
import org.verso.translation.ChangeOrigin;
import org.verso.translation.Translation;
import org.verso.translation.TranslationStatus;
import org.verso.translation.TranslationService;
import org.verso.translation.TranslationWriter;
import org.verso.translation.TranslationsAdded;

/**
 * Fills untouched segments from the translation memory and weighs a document's words by match band. Only NEW
 * segments are filled, so nothing a person wrote is overwritten.
 */
@ApplicationScoped
public class MemoryPretranslation {

    /** Segments whose matches one query looks up; progress is reported after each such batch. */
    static final int LOOKUP_BATCH = 500;

    /** Hears how far a pre-translation got: segments looked up of all; false stops (and rolls back) the whole. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = (done, total) -> true;

        boolean going(int done, int total);
    }

    /** The lowest fuzzy score the analysis looks for; below it a segment counts as no match. */
    private static final int ANALYSIS_THRESHOLD = 50;

    private final DocumentService documents;
    private final MemoryService memory;
    private final Config config;
    private final TranslationWriter writer;
    private final TranslationService translations;
    private final Map<MatchBand, Integer> weights = new EnumMap<>(MatchBand.class);

    @ConfigProperty(name = "verso.memory.pretranslate.context-status", defaultValue = "TRANSLATED")
    TranslationStatus contextStatus;

    @ConfigProperty(name = "verso.memory.pretranslate.exact-status", defaultValue = "FUZZY")
    TranslationStatus exactStatus;

    @ConfigProperty(name = "verso.memory.pretranslate.on-add", defaultValue = "true")
    boolean onAdd;

    MemoryPretranslation(DocumentService documents, MemoryService memory, Config config, TranslationWriter writer,
                         TranslationService translations) {
        this.translations = translations;
        this.writer = writer;
        this.documents = documents;
        this.memory = memory;
        this.config = config;
    }

    @PostConstruct
    void readWeights() {
        for (MatchBand band : MatchBand.values()) {
            int weight = config.getOptionalValue("verso.memory.analysis.weight." + band.key(), Integer.class)
                    .orElse(band.defaultWeight());
            if (weight < 0 || weight > 100) {
                throw new IllegalStateException("verso.memory.analysis.weight." + band.key()
                        + " must be a percentage between 0 and 100, not " + weight);
            }
            weights.put(band, weight);
        }
        for (TranslationStatus status : List.of(contextStatus, exactStatus)) {
            if (status == TranslationStatus.APPROVED || status == TranslationStatus.NEW
                    || status == TranslationStatus.REJECTED) {
                throw new IllegalStateException("Pre-translation may fill segments as DRAFT, FUZZY or TRANSLATED, not "
                        + status + " (verso.memory.pretranslate.*-status)");
            }
        }
    }

    /**
     * A language just added, or segments a new source version added: their NEW rows are pre-translated in the same
     * transaction, unless {@code verso.memory.pretranslate.on-add} is off.
     */
    void onAdded(@Observes TranslationsAdded added) {
        if (onAdd) {
            for (String language : added.languages()) {
                pretranslate(added.documentId(), language, added.sourceLanguage(), added.actor(), Progress.NONE);
            }
        }
    }

    /** Fills the language's NEW segments that have a 101% or 100% memory match; the caller must work in it. */
    @Transactional
    public PretranslationResult pretranslate(long documentId, String languageTag, Actor actor) {
        return pretranslate(documentId, languageTag, actor, Progress.NONE);
    }

    /** The same, telling {@code progress} after each batch of lookups; its false rolls everything back. */
    @Transactional
    PretranslationResult pretranslate(long documentId, String languageTag, Actor actor, Progress progress) {
        String language = translations.requireLanguage(documentId, languageTag);
        TranslationService.requireAssigned(actor, language);
        return pretranslate(documentId, language, documents.getDocument(documentId).sourceLanguage(), actor,
                progress);
    }

    /** Words per memory match band, weighted. */
    @Transactional
    public MatchAnalysis analysis(long documentId, String languageTag) {
        String language = translations.requireLanguage(documentId, languageTag);
        return analyse(documentId, language, documents.getDocument(documentId).sourceLanguage());
    }

    /**
     * The same, looking matches up {@value #LOOKUP_BATCH} segments at a time and telling {@code progress} after each
     * batch; when it answers false the whole pre-translation is rolled back (it is one transaction) by a
     * {@link CancellationException}.
     */
    private PretranslationResult pretranslate(long documentId, String language, String sourceLanguage, Actor actor,
                                              Progress progress) {
        List<Translation> open = Translation.find("documentId = ?1 and language = ?2 and status = ?3 "
                        + "and translatable = true order by ordinal", documentId, language, TranslationStatus.NEW)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        Map<Long, SegmentContext> contexts = contextsById(documentId);
        Map<MatchBand, int[]> filled = new EnumMap<>(MatchBand.class);
        Map<MatchBand, List<TranslationWriter.Change>> fills = new EnumMap<>(MatchBand.class);
        for (int from = 0; from < open.size(); from += LOOKUP_BATCH) {
            List<Translation> batch = open.subList(from, Math.min(open.size(), from + LOOKUP_BATCH));
            List<MemoryMatch> best = memory.bestExactMatches(sourceLanguage, language,
                    batch.stream().map(t -> lookup(contexts.get(t.segmentId))).toList());
            for (int i = 0; i < batch.size(); i++) {
                if (best.get(i) != null) {
                    fill(batch.get(i), best.get(i), fills, filled);
                }
            }
            if (!progress.going(from + batch.size(), open.size())) {
                throw new CancellationException("Cancelled before anything was committed: a pre-translation is one "
                        + "transaction, so no segment was filled");
            }
        }
        writer.applyAll(fills.getOrDefault(MatchBand.CONTEXT, List.of()), ChangeOrigin.MEMORY_CONTEXT, actor);
        writer.applyAll(fills.getOrDefault(MatchBand.EXACT, List.of()), ChangeOrigin.MEMORY_EXACT, actor);
        List<PretranslationResult.Filled> bands = new ArrayList<>();
        int segments = 0;
        int words = 0;
        for (MatchBand band : List.of(MatchBand.CONTEXT, MatchBand.EXACT)) {
            int[] counts = filled.getOrDefault(band, new int[2]);
            bands.add(new PretranslationResult.Filled(band.label(),
                    (band == MatchBand.CONTEXT ? contextStatus : exactStatus).name(), counts[0], counts[1]));
            segments += counts[0];
            words += counts[1];
        }
        return new PretranslationResult(documentId, language, bands, segments, words);
    }

    private void fill(Translation translation, MemoryMatch match, Map<MatchBand, List<TranslationWriter.Change>> fills,
                      Map<MatchBand, int[]> filled) {
        MatchBand band = MatchBand.ofScore(match.score());
        fills.computeIfAbsent(band, b -> new ArrayList<>()).add(TranslationWriter.Change.to(translation,
                match.target(), band == MatchBand.CONTEXT ? contextStatus : exactStatus,
                "Pre-translated from memory: " + match.score() + "% match from " + match.origin()));
        int[] counts = filled.computeIfAbsent(band, b -> new int[2]);
        counts[0]++;
        counts[1] += translation.words;
    }

    /**
     * Words per band over the document's translatable segments: a segment whose source already occurred earlier
     * in the document is a repetition; the others get the band of their best memory match.
     */
    private MatchAnalysis analyse(long documentId, String language, String sourceLanguage) {
        List<SegmentContext> segments = documents.segmentsInContext(documentId).stream()
                .filter(c -> c.segment().translatable()).toList();
        List<MemoryMatch> exact = segments.isEmpty() ? List.of()
                : memory.bestExactMatches(sourceLanguage, language, segments.stream().map(MemoryPretranslation::lookup).toList());
        Map<MatchBand, int[]> counts = new EnumMap<>(MatchBand.class);
        Set<String> seen = new HashSet<>();
        Set<Long> machineMade = MachineOrigin.machineSegments(documentId, language);
        for (int i = 0; i < segments.size(); i++) {
            SegmentContext context = segments.get(i);
            String source = context.segment().source();
            MatchBand band;
            if (!seen.add(source.strip())) {
                band = MatchBand.REPETITION;
            } else if (exact.get(i) != null) {
                band = MatchBand.ofScore(exact.get(i).score());
            } else if (machineMade.contains(context.segment().id())) {
                band = MatchBand.MT;
            } else {
                // No unit has this exact text (the table said so above), so a score of 100 is a stale index entry.
                band = MatchBand.ofScore(Math.min(99,
                        memory.bestFuzzyScore(sourceLanguage, language, source, ANALYSIS_THRESHOLD)));
            }
            int[] c = counts.computeIfAbsent(band, b -> new int[2]);
            c[0]++;
            c[1] += context.segment().words();
        }
        List<MatchAnalysis.Band> bands = new ArrayList<>();
        int totalWords = 0;
        double weighted = 0;
        for (MatchBand band : MatchBand.values()) {
            int[] c = counts.getOrDefault(band, new int[2]);
            double bandWeighted = round(c[1] * weights.get(band) / 100.0);
            bands.add(new MatchAnalysis.Band(band.label(), band.displayName(), weights.get(band), c[0], c[1],
                    bandWeighted));
            totalWords += c[1];
            weighted += bandWeighted;
        }
        return new MatchAnalysis(documentId, language, bands, totalWords, round(weighted), segments.size());
    }

    private Map<Long, SegmentContext> contextsById(long documentId) {
        Map<Long, SegmentContext> byId = new HashMap<>();
        documents.segmentsInContext(documentId).forEach(c -> byId.put(c.segment().id(), c));
        return byId;
    }

    static ExactLookup lookup(SegmentContext context) {
        return new ExactLookup(context.segment().source(), SourceHash.context(context.previousSource(),
                context.nextSource()));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
