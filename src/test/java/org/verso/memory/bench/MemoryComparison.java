package org.verso.memory.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.verso.memory.fuzzy.FuzzyHit;
import org.verso.memory.fuzzy.FuzzyIndex;
import org.verso.memory.fuzzy.FuzzyScore;
import org.verso.memory.fuzzy.WordTokens;

/**
 * Verso's FuzzyIndex against PostgreSQL pg_trgm (Weblate's method) on every gettext catalog installed under
 * /usr/share/locale: English sources, one pair per catalog language. Measures the index build, its heap per
 * million units, then {@value #QUERIES} queries (half held-out sources, half lightly edited stored ones, pairs
 * sampled by size): p50/p99 latency and recall@1 against an exhaustive FuzzyScore scan of the pair (the true best
 * of at least {@value #THRESHOLD} must come first; a tie in score counts as found). pg_trgm runs only when
 * VERSO_BENCH_PG_URL (with VERSO_BENCH_PG_USER, VERSO_BENCH_PG_PASSWORD) is set. Writes
 * {@code target/benchmarks/memory.md}; asserts no timing.
 */
@Tag("benchmark")
class MemoryComparison {

    private static final int QUERIES = 1000;
    private static final int THRESHOLD = 70;
    private static final int LIMIT = 10;

    @Test
    void comparesFuzzyLookupsOnInstalledCatalogs() throws Exception {
        StringBuilder report = new StringBuilder("## Translation memory: fuzzy lookups\n\n").append(environment());
        MoCorpus corpus = MoCorpus.load();
        Set<Integer> heldOut = new HashSet<>();
        List<BenchQuery> queries = BenchQuery.sample(corpus.units(), QUERIES, 7, heldOut);
        report.append(describe(corpus, heldOut.size()));
        long heapBefore = BenchMachine.usedHeap();
        long start = System.nanoTime();
        FuzzyIndex index = build(corpus, heldOut);
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        long heap = BenchMachine.usedHeap() - heapBefore;
        assertTrue(index.size() > 0, "units indexed");
        report.append(String.format(Locale.ROOT, "Index build: %,d units in %.1f s = %,.0f units/s (one thread); heap "
                        + "used by the index: %,d MiB = %,.0f MiB per million units (source strings included).%n%n",
                index.size(), buildSeconds, index.size() / buildSeconds, heap >> 20,
                (heap / 1048576.0) / (index.size() / 1e6)));
        int[] truth = exhaustiveBest(corpus, heldOut, queries);
        List<String> rows = new ArrayList<>();
        rows.add(measure("Verso FuzzyIndex", queries, truth, q -> bestScore(q,
                index.search("en", q.pair(), q.text(), LIMIT, THRESHOLD))));
        rows.add(pgTrgm(corpus, heldOut, queries, truth));
        report.append("| engine | p50 ms | p99 ms | mean ms | recall@1 | queries with a true best ≥ ")
                .append(THRESHOLD).append(" |\n| --- | --- | --- | --- | --- | --- |\n");
        rows.forEach(report::append);
        MarkdownReport.publish("memory.md", report.toString());
    }

    private static FuzzyIndex build(MoCorpus corpus, Set<Integer> heldOut) {
        FuzzyIndex index = new FuzzyIndex();
        List<MoCorpus.Unit> units = corpus.units();
        for (int i = 0; i < units.size(); i++) {
            if (!heldOut.contains(i)) {
                // A copy, so that the heap measured is what the index itself keeps.
                index.put(i, "en", units.get(i).target(), new String(units.get(i).source()));
            }
        }
        return index;
    }

    /** The best FuzzyScore of each query over all indexed units of its pair (0 when below the threshold). */
    private static int[] exhaustiveBest(MoCorpus corpus, Set<Integer> heldOut, List<BenchQuery> queries) {
        Map<String, List<Integer>> byPair = new HashMap<>();
        for (int q = 0; q < queries.size(); q++) {
            byPair.computeIfAbsent(queries.get(q).pair(), p -> new ArrayList<>()).add(q);
        }
        int[] best = new int[queries.size()];
        byPair.entrySet().parallelStream().forEach(entry -> {
            List<WordTokens> stored = new ArrayList<>();
            List<MoCorpus.Unit> units = corpus.units();
            for (int i = 0; i < units.size(); i++) {
                if (!heldOut.contains(i) && units.get(i).target().equals(entry.getKey())) {
                    stored.add(WordTokens.of(units.get(i).source()));
                }
            }
            for (int q : entry.getValue()) {
                WordTokens query = WordTokens.of(queries.get(q).text());
                int top = stored.stream().mapToInt(s -> FuzzyScore.score(query, s)).max().orElse(0);
                best[q] = top >= THRESHOLD ? top : 0;
            }
        });
        return best;
    }

    private interface Engine {
        int best(BenchQuery query) throws Exception;
    }

    /** One warm-up pass over all queries, then one timed pass. */
    private static String measure(String name, List<BenchQuery> queries, int[] truth, Engine engine)
            throws Exception {
        for (BenchQuery query : queries) {
            engine.best(query);
        }
        long[] nanos = new long[queries.size()];
        int counted = 0;
        int found = 0;
        for (int q = 0; q < queries.size(); q++) {
            long start = System.nanoTime();
            int best = engine.best(queries.get(q));
            nanos[q] = System.nanoTime() - start;
            if (truth[q] > 0) {
                counted++;
                found += best >= truth[q] ? 1 : 0;
            }
        }
        java.util.Arrays.sort(nanos);
        double mean = java.util.Arrays.stream(nanos).average().orElse(0) / 1e6;
        return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.4f (%d/%d) | %d of %d |%n", name,
                nanos[nanos.length / 2] / 1e6, nanos[(int) Math.ceil(nanos.length * 0.99) - 1] / 1e6, mean,
                counted == 0 ? 0.0 : found / (double) counted, found, counted, counted, queries.size());
    }

    private static int bestScore(BenchQuery query, List<FuzzyHit> hits) {
        return hits.isEmpty() ? 0 : hits.get(0).score();
    }

    private static String pgTrgm(MoCorpus corpus, Set<Integer> heldOut, List<BenchQuery> queries, int[] truth)
            throws Exception {
        String url = System.getenv("VERSO_BENCH_PG_URL");
        if (url == null || url.isBlank()) {
            return "| PostgreSQL pg_trgm | not run: VERSO_BENCH_PG_URL unset | | | | |\n";
        }
        try (PgTrgmPeer pg = new PgTrgmPeer(url, System.getenv("VERSO_BENCH_PG_USER"),
                System.getenv("VERSO_BENCH_PG_PASSWORD"))) {
            double seconds = pg.load(corpus.units(), heldOut);
            System.out.printf(Locale.ROOT, "pg_trgm: loaded and indexed in %.1f s%n", seconds);
            return measure(String.format(Locale.ROOT, "PostgreSQL pg_trgm (load + index %.0f s)", seconds), queries,
                    truth, q -> pg.candidates(q.pair(), q.text()).stream()
                            .mapToInt(source -> FuzzyScore.score(q.text(), source)).max().orElse(0));
        }
    }

    private static String describe(MoCorpus corpus, int heldOut) {
        Map<String, Long> sizes = corpus.units().stream()
                .collect(Collectors.groupingBy(MoCorpus.Unit::target, Collectors.counting()));
        String largest = sizes.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(5).map(e -> String.format(Locale.ROOT, "en→%s %,d", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "Corpus: %,d MO files under %s (%d unreadable), %,d translated messages "
                        + "in %d pairs; largest pairs: %s. %,d held out as queries.%n%n", corpus.files(),
                MoCorpus.LOCALES, corpus.failedFiles(), corpus.units().size(), sizes.size(), largest, heldOut);
    }


    private static String environment() {
        Runtime rt = Runtime.getRuntime();
        return String.format(Locale.ROOT, "Run %s. Java %s %s, %d cores, max heap %,d MiB, %s %s, load average at "
                        + "start: %s. Threshold %d, limit %d.%n%n", LocalDate.now(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), rt.availableProcessors(), rt.maxMemory() >> 20,
                System.getProperty("os.name"), System.getProperty("os.arch"), BenchMachine.loadAverage(), THRESHOLD,
                LIMIT);
    }
}
