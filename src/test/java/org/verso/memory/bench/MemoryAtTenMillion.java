package org.verso.memory.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.verso.memory.fuzzy.FuzzyHit;
import org.verso.memory.fuzzy.FuzzyIndex;
import org.verso.memory.fuzzy.FuzzyScore;
import org.verso.memory.fuzzy.WordTokens;

/**
 * The fuzzy index at 10 million units (issue 24): every installed gettext catalog (MoCorpus, 1.77M units in 177
 * pairs) plus generated {@link SourceVariants} of each pair's sources, {@value #LARGEST_DEFAULT} units in en→fr
 * and the rest spread in proportion to the catalogs. Measures the build (one thread, variant generation not
 * timed), the heap the index holds (System.gc, MemoryMXBean before and after), {@value #QUERIES} lookups (half
 * held-out sources, half edited stored units, pairs in proportion to their size; threshold 70, limit 10),
 * recall@1 on a sample against an exhaustive FuzzyScore scan, and prints the targets' verdicts. The digest of all
 * hits (unit ids and scores) lets two builds of the index be compared for identical results. Sizes:
 * -Dverso.bench.units, -Dverso.bench.largest, -Dverso.bench.recall. Writes target/benchmarks/memory-10m.md.
 */
@Tag("benchmark")
class MemoryAtTenMillion {

    private static final int LARGEST_DEFAULT = 2_000_000;
    private static final int UNITS = Integer.getInteger("verso.bench.units", 10_000_000);
    private static final int LARGEST = Integer.getInteger("verso.bench.largest", LARGEST_DEFAULT);
    private static final int RECALL = Integer.getInteger("verso.bench.recall", 200);
    private static final String LARGE_PAIR = QueryDraw.LARGE_PAIR;
    private static final int QUERIES = 1000;
    private static final int THRESHOLD = 70;
    private static final int LIMIT = 10;
    private static final int CHUNK = 100_000;

    /** One pair's units: the stored catalog sources, then generated variants; unit k has id firstId + k. */
    private record Pair(String target, List<String> stored, SourceVariants variants, int size, long firstId) {
        String unit(int k) {
            return k < stored.size() ? stored.get(k) : variants.variant(k - stored.size());
        }
    }

    private record Query(Pair pair, String text) {
    }

    @Test
    void buildsAndSearchesTenMillionUnits() {
        StringBuilder report = new StringBuilder("## Translation memory at 10 million units\n\n")
                .append(environment());
        MoCorpus corpus = MoCorpus.load();
        Map<String, List<String>> byPair = new TreeMap<>();
        corpus.units().forEach(u -> byPair.computeIfAbsent(u.target(), t -> new ArrayList<>()).add(u.source()));
        Map<String, Integer> sizes = targetSizes(byPair, corpus.units().size());
        Random random = new Random(24);
        List<String> queryPairs = new ArrayList<>();
        Map<String, Set<Integer>> heldOut = new TreeMap<>();
        List<String> heldTexts = new ArrayList<>();
        for (int q = 0; q < QUERIES; q++) {
            String pair = QueryDraw.weighted(random, sizes);
            queryPairs.add(pair);
            if (q % 2 == 0) {
                heldTexts.add(QueryDraw.holdOut(random, byPair.get(pair), s -> s, heldOut.computeIfAbsent(pair, p -> new HashSet<>())));
            }
        }
        List<Pair> pairs = new ArrayList<>();
        Map<String, Pair> pairByTarget = new TreeMap<>();
        long nextId = 1;
        for (Map.Entry<String, List<String>> entry : byPair.entrySet()) {
            Set<Integer> held = heldOut.getOrDefault(entry.getKey(), Set.of());
            List<String> stored = new ArrayList<>();
            for (int i = 0; i < entry.getValue().size(); i++) {
                if (!held.contains(i)) {
                    stored.add(entry.getValue().get(i));
                }
            }
            int size = Math.max(stored.size(), sizes.get(entry.getKey()) - held.size());
            Pair pair = new Pair(entry.getKey(), stored, new SourceVariants(stored, entry.getKey().hashCode()), size,
                    nextId);
            nextId += size;
            pairs.add(pair);
            pairByTarget.put(pair.target(), pair);
        }
        List<Query> queries = new ArrayList<>();
        for (int q = 0; q < QUERIES; q++) {
            Pair pair = pairByTarget.get(queryPairs.get(q));
            queries.add(new Query(pair, q % 2 == 0 ? heldTexts.get(q / 2)
                    : pair.variants().edit(random, pair.unit(random.nextInt(pair.size())))));
        }
        long units = pairs.stream().mapToLong(Pair::size).sum();
        report.append(String.format(Locale.ROOT, "Corpus: %,d gettext units in %d pairs plus generated variants = "
                        + "%,d units; en→%s holds %,d. %d queries (%d held out).%n%n", corpus.units().size(),
                pairs.size(), units, LARGE_PAIR, pairByTarget.get(LARGE_PAIR).size(), QUERIES, heldTexts.size()));

        long heapBefore = BenchMachine.usedHeap();
        FuzzyIndex index = new FuzzyIndex();
        double buildSeconds = build(index, pairs);
        long trimStart = System.nanoTime();
        index.trim();
        double trimSeconds = (System.nanoTime() - trimStart) / 1e9;
        buildSeconds += trimSeconds;
        long heap = BenchMachine.usedHeap() - heapBefore;
        if (Boolean.getBoolean("verso.bench.histogram")) {
            report.append(BenchMachine.histogram(20));
        }
        assertEquals(units, index.size(), "every unit indexed");
        double perMillion = heap / 1048576.0 / (units / 1e6);
        double secondsPerMillion = buildSeconds / (units / 1e6);
        report.append(String.format(Locale.ROOT, "Build: %,d units in %.1f s (trim %.1f s of it) = %,.0f units/s (one "
                        + "thread) = %.2f s per million. Heap held by the index: %,d MiB = %.1f MiB per million units."
                        + "%n%n", units, buildSeconds, trimSeconds, units / buildSeconds, secondsPerMillion, heap >> 20,
                perMillion));

        List<List<FuzzyHit>> results = new ArrayList<>();
        long[] nanos = lookups(index, queries, results);
        long[] large = IntStream.range(0, QUERIES).filter(q -> queries.get(q).pair().target().equals(LARGE_PAIR))
                .mapToLong(q -> nanos[q]).sorted().toArray();
        if (Boolean.getBoolean("verso.bench.slowest")) {
            IntStream.range(0, QUERIES).boxed().sorted((a, b) -> Long.compare(nanos[b], nanos[a])).limit(15)
                    .forEach(q -> System.out.printf(Locale.ROOT, "SLOW %.3f ms en→%s hits %d: %s%n", nanos[q] / 1e6,
                            queries.get(q).pair().target(), results.get(q).size(), queries.get(q).text()));
        }
        long[] all = nanos.clone();
        Arrays.sort(all);
        report.append(String.format(Locale.ROOT, "Lookups (warm, one thread): p50 %.3f ms, p99 %.3f ms, max %.3f ms, "
                        + "mean %.3f ms; on en→%s (%d queries): p50 %.3f ms, p99 %.3f ms. Hits digest %016x.%n%n",
                ms(all, 0.5), ms(all, 0.99), all[all.length - 1] / 1e6, Arrays.stream(all).average().orElse(0) / 1e6,
                LARGE_PAIR, large.length, ms(large, 0.5), ms(large, 0.99), digest(results)));
        report.append(recall(queries, results)).append("\n\n");

        double p99 = ms(all, 0.99);
        report.append("| target | measured | verdict |\n| --- | --- | --- |\n")
                .append(verdict("lookup p99 in-process ≤ 3 ms", String.format(Locale.ROOT, "%.3f ms", p99), p99 <= 3))
                .append(verdict("heap ≤ 100 MiB per million units", String.format(Locale.ROOT, "%.1f MiB", perMillion),
                        perMillion <= 100))
                .append(verdict("build ≤ 5 s per million units (in-process part of the rebuild)",
                        String.format(Locale.ROOT, "%.2f s", secondsPerMillion), secondsPerMillion <= 5));
        MarkdownReport.publish("memory-10m.md", report.toString());
    }

    /** en→fr gets LARGEST units, every other pair its catalog size scaled so that the total is UNITS. */
    private static Map<String, Integer> targetSizes(Map<String, List<String>> byPair, int originals) {
        int large = byPair.get(LARGE_PAIR).size();
        double factor = Math.max(1, (double) (UNITS - Math.max(LARGEST, large)) / (originals - large));
        Map<String, Integer> sizes = new TreeMap<>();
        long total = 0;
        for (Map.Entry<String, List<String>> entry : byPair.entrySet()) {
            int size = entry.getKey().equals(LARGE_PAIR) ? Math.max(LARGEST, large)
                    : (int) Math.round(entry.getValue().size() * factor);
            sizes.put(entry.getKey(), size);
            total += size;
        }
        String first = sizes.keySet().stream().filter(k -> !k.equals(LARGE_PAIR)).findFirst().orElseThrow();
        sizes.put(first, (int) Math.max(byPair.get(first).size(), sizes.get(first) + UNITS - total));
        return sizes;
    }

    /** Puts every unit, pair after pair, in chunks generated before the clock runs; @return seconds of put. */
    private static double build(FuzzyIndex index, List<Pair> pairs) {
        long nanos = 0;
        String[] chunk = new String[CHUNK];
        for (Pair pair : pairs) {
            for (int from = 0; from < pair.size(); from += CHUNK) {
                int to = Math.min(pair.size(), from + CHUNK);
                for (int k = from; k < to; k++) {
                    chunk[k - from] = new String(pair.unit(k));
                }
                long start = System.nanoTime();
                for (int k = from; k < to; k++) {
                    index.put(pair.firstId() + k, "en", pair.target(), chunk[k - from]);
                }
                nanos += System.nanoTime() - start;
            }
        }
        Arrays.fill(chunk, null);
        return nanos / 1e9;
    }

    /** One warm-up pass, then one timed pass whose hits land in {@code results}. */
    private static long[] lookups(FuzzyIndex index, List<Query> queries, List<List<FuzzyHit>> results) {
        for (Query query : queries) {
            index.search("en", query.pair().target(), query.text(), LIMIT, THRESHOLD);
        }
        long[] nanos = new long[queries.size()];
        for (int q = 0; q < queries.size(); q++) {
            long start = System.nanoTime();
            List<FuzzyHit> hits = index.search("en", queries.get(q).pair().target(), queries.get(q).text(), LIMIT,
                    THRESHOLD);
            nanos[q] = System.nanoTime() - start;
            results.add(hits);
        }
        return nanos;
    }

    /** The first RECALL queries against an exhaustive scan of their pairs (parallel, variants regenerated). */
    private static String recall(List<Query> queries, List<List<FuzzyHit>> results) {
        int sample = Math.min(RECALL, queries.size());
        long start = System.nanoTime();
        WordTokens[] tokens = new WordTokens[sample];
        int[] keyCounts = new int[sample];
        for (int q = 0; q < sample; q++) {
            tokens[q] = WordTokens.of(queries.get(q).text());
            keyCounts[q] = tokens[q].matchKeys().size();
        }
        AtomicIntegerArray best = new AtomicIntegerArray(sample);
        queries.subList(0, sample).stream().map(Query::pair).distinct().forEach(pair -> {
            int[] mine = IntStream.range(0, sample).filter(q -> queries.get(q).pair() == pair).toArray();
            IntStream.range(0, pair.size()).parallel().forEach(k -> {
                WordTokens stored = WordTokens.of(pair.unit(k));
                int m = stored.matchKeys().size();
                for (int q : mine) {
                    int length = Math.max(m, keyCounts[q]);
                    int bound = length == 0 ? 100 : (200 * (length - Math.abs(m - keyCounts[q])) + length) / (2 * length);
                    if (bound >= THRESHOLD) {
                        best.accumulateAndGet(q, FuzzyScore.score(tokens[q], stored), Math::max);
                    }
                }
            });
        });
        int counted = 0;
        int found = 0;
        for (int q = 0; q < sample; q++) {
            if (best.get(q) >= THRESHOLD) {
                counted++;
                List<FuzzyHit> hits = results.get(q);
                found += !hits.isEmpty() && hits.get(0).score() >= best.get(q) ? 1 : 0;
            }
        }
        return String.format(Locale.ROOT, "Recall@1 on the first %d queries against an exhaustive FuzzyScore scan of "
                        + "their pairs (%.0f s): %.4f (%d/%d with a true best ≥ %d).", sample,
                (System.nanoTime() - start) / 1e9, counted == 0 ? 1.0 : found / (double) counted, found, counted,
                THRESHOLD);
    }

    private static long digest(List<List<FuzzyHit>> results) {
        long hash = 1125899906842597L;
        for (List<FuzzyHit> hits : results) {
            for (FuzzyHit hit : hits) {
                hash = 31 * (31 * hash + hit.unitId()) + hit.score();
            }
            hash = 31 * hash + 7;
        }
        return hash;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.ceil(sorted.length * quantile) - 1] / 1e6;
    }

    private static String verdict(String target, String measured, boolean met) {
        return "| " + target + " | " + measured + " | " + (met ? "**met**" : "**not met**") + " |\n";
    }


    private static String environment() {
        Runtime rt = Runtime.getRuntime();
        return String.format(Locale.ROOT, "Run %s. Java %s %s, %d cores, max heap %,d MiB, load average at start: %s. "
                        + "Threshold %d, limit %d.%n%n", LocalDate.now(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), rt.availableProcessors(), rt.maxMemory() >> 20, BenchMachine.loadAverage(),
                THRESHOLD, LIMIT);
    }
}
