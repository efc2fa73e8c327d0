package org.verso.memory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.verso.failure.InvalidInputException;
import org.verso.language.LanguageTags;
import org.verso.memory.fuzzy.FuzzyHit;
import org.verso.memory.fuzzy.FuzzyIndex;

/**
 * The translation memory: units stored in the database, looked up through this instance's fuzzy index.
 * Exact matches (100%, 101%) come from the table itself, so they never wait for the index.
 */
@ApplicationScoped
public class MemoryService {

    /** The most matches or concordance hits one lookup returns. */
    public static final int MAX_LIMIT = 50;
    private static final int EXACT_CHUNK = 500;

    private final MemoryTable table;
    private final TranslationUnitLinks links;
    private final MemoryIndexFollower follower;
    private final TransactionSynchronizationRegistry transactions;

    MemoryService(MemoryTable table, TranslationUnitLinks links, MemoryIndexFollower follower,
                  TransactionSynchronizationRegistry transactions) {
        this.table = table;
        this.links = links;
        this.follower = follower;
        this.transactions = transactions;
    }

    /**
     * Stores the unit of an approved translation, or updates the one it has; on the caller's transaction, and
     * in the index once that commits.
     */
    @Transactional
    public void remember(NewUnit unit) {
        if (unit.translationId() == null) {
            throw new IllegalArgumentException("remember() is for translations; imports use importUnits()");
        }
        if (unit.targetText() == null || unit.targetText().isBlank()) {
            return;
        }
        StoredUnit stored = table.upsertForTranslation(unit);
        indexAfterCommit(List.of(stored));
    }

    /**
     * The translations are gone (their segments were removed from the article): their units stay in the memory, no
     * longer tied to a translation that an edit would update.
     */
    @Transactional
    public void forgetTranslations(Collection<Long> translationIds) {
        if (!translationIds.isEmpty()) {
            links.unlinkTranslations(translationIds);
        }
    }

    /** Of {@code translationIds}, those that have a unit already: a batch asks once, not per segment. */
    @Transactional
    public Set<Long> translationsWithUnits(Collection<Long> translationIds) {
        return translationIds.isEmpty() ? Set.of() : links.translationsWithUnits(translationIds);
    }

    /**
     * Matches for {@code text}, best first: 101 when a unit has the same text and the same context, 100 for the same
     * text, then fuzzy matches down to {@code threshold}. Units with the same source and target appear once (the
     * newest). Units of the languages' regional variants count too (en-US→fr for an en→fr document): one point lower
     * when their target region differs, and after the exact pair's at the same score.
     *
     * @param contextHash {@link SourceHash#context} of the segment's neighbours, {@code null} when unknown
     */
    @Transactional
    public List<MemoryMatch> matches(String sourceLanguage, String targetLanguage, String text, Long contextHash,
            int limit, int threshold) {
        String source = LanguageTags.normalize(sourceLanguage);
        String target = LanguageTags.normalize(targetLanguage);
        checkLimits(limit, threshold);
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(ErrMemory.class, m -> m.giveTextLookUp());
        }
        Map<Long, Integer> scores = new LinkedHashMap<>();
        Map<Long, StoredUnit> units = new LinkedHashMap<>();
        Set<Long> otherVariant = new HashSet<>();
        List<FuzzyIndex.LanguagePair> pairs = new ArrayList<>(follower.index().variantPairs(source, target));
        if (pairs.isEmpty()) {
            pairs.add(new FuzzyIndex.LanguagePair(source, target)); // the index may lag the table: ask it anyway
        }
        for (FuzzyIndex.LanguagePair pair : pairs) {
            // A unit of another regional variant: its source text is as good (the same words); its target may use
            // the other region's spelling, so it scores one point lower when the target region differs.
            int penalty = pair.target().equals(target) ? 0 : 1;
            boolean variant = !pair.source().equals(source) || penalty > 0;
            for (StoredUnit unit : table.exact(pair.source(), pair.target(), text)) {
                boolean sameContext = contextHash != null && contextHash.equals(unit.contextHash());
                scores.put(unit.id(), (sameContext ? 101 : 100) - penalty);
                units.put(unit.id(), unit);
                if (variant) {
                    otherVariant.add(unit.id());
                }
            }
            List<FuzzyHit> hits = follower.index().search(pair.source(), pair.target(), text, limit + scores.size(),
                    threshold);
            List<Long> fuzzyIds = hits.stream().map(FuzzyHit::unitId).filter(id -> !units.containsKey(id)).toList();
            for (StoredUnit unit : table.byIds(fuzzyIds)) {
                units.put(unit.id(), unit);
            }
            for (FuzzyHit hit : hits) {
                StoredUnit unit = units.get(hit.unitId());
                if (unit != null && !scores.containsKey(hit.unitId())) {
                    // The index may lag a change the table already has; score what the table holds.
                    scores.put(hit.unitId(), (unit.sourceText().equals(text) ? 100 : Math.min(hit.score(), 99))
                            - penalty);
                    if (variant) {
                        otherVariant.add(unit.id());
                    }
                }
            }
        }
        List<MemoryMatch> matches = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        units.values().stream()
                .filter(u -> scores.containsKey(u.id()))
                .sorted(Comparator.comparing((StoredUnit u) -> scores.get(u.id())).reversed()
                        .thenComparing(u -> otherVariant.contains(u.id()))
                        .thenComparing(StoredUnit::changedAt, Comparator.reverseOrder())
                        .thenComparing(StoredUnit::id, Comparator.reverseOrder()))
                .forEach(unit -> {
                    if (matches.size() < limit && seen.add(unit.sourceText() + '\u0000' + unit.targetText())) {
                        matches.add(new MemoryMatch(unit.sourceText(), unit.targetText(), scores.get(unit.id()),
                                unit.origin(), unit.id(), unit.createdBy(), unit.changedAt()));
                    }
                });
        return matches;
    }

    /**
     * The best fuzzy score any unit of the pair has for {@code text} (at least {@code threshold}), or 0: from the
     * index alone, without reading the units, for counting (match analysis) rather than showing.
     */
    public int bestFuzzyScore(String sourceLanguage, String targetLanguage, String text, int threshold) {
        List<FuzzyHit> best = follower.index().search(LanguageTags.normalize(sourceLanguage),
                LanguageTags.normalize(targetLanguage), text, 1, threshold);
        return best.isEmpty() ? 0 : best.get(0).score();
    }

    /** A source text to look up exactly, with its context ({@code null} when unknown). */
    public record ExactLookup(String text, Long contextHash) {
    }

    /**
     * For each lookup, its best exact match or {@code null}: a unit with the same text and context (101) before
     * one with the same text only (100), the newest first. Reads the table in a few queries, however many lookups.
     */
    @Transactional
    public List<MemoryMatch> bestExactMatches(String sourceLanguage, String targetLanguage, List<ExactLookup> lookups) {
        String source = LanguageTags.normalize(sourceLanguage);
        String target = LanguageTags.normalize(targetLanguage);
        List<Long> hashes = lookups.stream().map(l -> SourceHash.of(l.text())).distinct().toList();
        Map<String, List<StoredUnit>> byText = new HashMap<>();
        for (int from = 0; from < hashes.size(); from += EXACT_CHUNK) {
            for (StoredUnit unit : table.withSourceHashes(source, target,
                    hashes.subList(from, Math.min(hashes.size(), from + EXACT_CHUNK)))) {
                byText.computeIfAbsent(unit.sourceText(), t -> new ArrayList<>()).add(unit);
            }
        }
        List<MemoryMatch> best = new ArrayList<>(lookups.size());
        for (ExactLookup lookup : lookups) {
            StoredUnit chosen = null;
            int chosenScore = 0;
            for (StoredUnit unit : byText.getOrDefault(lookup.text(), List.of())) {
                int score = lookup.contextHash() != null && lookup.contextHash().equals(unit.contextHash()) ? 101 : 100;
                if (chosen == null || score > chosenScore
                        || score == chosenScore && unit.changedAt().isAfter(chosen.changedAt())) {
                    chosen = unit;
                    chosenScore = score;
                }
            }
            best.add(chosen == null ? null : new MemoryMatch(chosen.sourceText(), chosen.targetText(), chosenScore,
                    chosen.origin(), chosen.id(), chosen.createdBy(), chosen.changedAt()));
        }
        return best;
    }

    /** Units whose source or target contains {@code words} (whole words in order on the source side), newest first. */
    @Transactional
    public List<ConcordanceHit> concordance(String sourceLanguage, String targetLanguage, String words, int limit) {
        String source = LanguageTags.normalize(sourceLanguage);
        String target = LanguageTags.normalize(targetLanguage);
        checkLimits(limit, 0);
        if (words == null || words.isBlank()) {
            throw new InvalidInputException(ErrMemory.class, m -> m.giveWordPhraseSearch());
        }
        String phrase = words.strip();
        Map<Long, StoredUnit> found = new LinkedHashMap<>();
        table.byIds(follower.index().concordance(source, target, phrase, limit)).forEach(u -> found.put(u.id(), u));
        table.targetContains(source, target, phrase, limit).forEach(u -> found.putIfAbsent(u.id(), u));
        return found.values().stream()
                .sorted(Comparator.comparing(StoredUnit::changeSeq, Comparator.reverseOrder()))
                .limit(limit)
                .map(u -> new ConcordanceHit(u.sourceText(), u.targetText(), u.origin(), u.id(), u.changedAt()))
                .toList();
    }

    /** The language pairs the memory holds, with their unit counts. */
    @Transactional
    public List<PairCount> pairs() {
        return table.pairs();
    }

    /** Stores imported units in the caller's transaction, indexed once it commits. */
    @Transactional
    List<StoredUnit> store(List<NewUnit> units) {
        List<StoredUnit> stored = table.insert(units);
        indexAfterCommit(stored);
        return stored;
    }

    private void indexAfterCommit(List<StoredUnit> stored) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    follower.indexed(stored);
                }
            }
        });
    }

    private static void checkLimits(int limit, int threshold) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException(ErrMemory.class, m -> m.limitMustBetween(MAX_LIMIT));
        }
        if (threshold < 0 || threshold > 100) {
            throw new InvalidInputException(ErrMemory.class, m -> m.thresholdMustBetween());
        }
    }
}
