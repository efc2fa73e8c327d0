package org.verso.memory.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.verso.language.LanguageTags;
import org.verso.memory.SourceHash;

/**
 * Fills the {@code memory_unit} table of a Verso H2 database (schema already created by a start of the jar) with the
 * 10-million-unit memory of {@link MemoryAtTenMillion} — every installed gettext catalog plus generated
 * {@link SourceVariants}, {@code verso.bench.largest} units in en→fr — for bench/memory-10m-server.sh, which then
 * starts the server on it and measures the index's rebuild and lookups over HTTP. Rows are what an import writes
 * (MemoryTable.insert: ids and change numbers from 1 in order, the source hash, origin "file:…", no context), the
 * memory clock is set past them, and a last en→fr unit with a text no other unit resembles is the sentinel: a fuzzy
 * lookup finds it only once the index has read every unit. Writes {@code queries.tsv} beside the database: 1,000
 * lookups (pair, kind, URL-encoded text), half held-out catalog sources (never stored), half stored units with one
 * more edit, pairs drawn in proportion to their size. Properties: verso.bench.db (the data folder, required),
 * verso.bench.units, verso.bench.largest.
 */
@Tag("benchmark")
class MemoryServerFill {

    static final String SENTINEL = "Quokka zeppelin marmalade sentinel of the memory benchmark, filed last";
    private static final String LARGE_PAIR = QueryDraw.LARGE_PAIR;
    private static final int UNITS = Integer.getInteger("verso.bench.units", 10_000_000);
    private static final int LARGEST = Integer.getInteger("verso.bench.largest", 2_000_000);
    private static final int QUERIES = 1000;
    private static final int BATCH = 10_000;
    private static final String ORIGIN = "file:usr-share-locale.tmx";

    /** One pair's stored units: catalog units (source, translation), then variants of the sources. */
    private record Pair(String target, List<MoCorpus.Unit> stored, SourceVariants variants, int size) {
        String source(int k) {
            return k < stored.size() ? stored.get(k).source() : variants.variant(k - stored.size());
        }

        /** A variant keeps the translation of a catalog unit: a realistic length, the words do not matter here. */
        String translation(int k) {
            return stored.get(k % stored.size()).translation();
        }
    }

    @Test
    void fillsTheMemoryTable() throws SQLException, IOException {
        Path folder = Path.of(System.getProperty("verso.bench.db"));
        Map<String, List<MoCorpus.Unit>> byPair = new TreeMap<>();
        for (MoCorpus.Unit unit : MoCorpus.load().units()) {
            String target = verso(unit.target());
            if (target != null) {
                byPair.computeIfAbsent(target, t -> new ArrayList<>()).add(unit);
            }
        }
        Map<String, Integer> sizes = sizes(byPair);
        Random random = new Random(24);
        List<String> queryPairs = new ArrayList<>();
        Map<String, Set<Integer>> heldOut = new TreeMap<>();
        List<String> lines = new ArrayList<>();
        for (int q = 0; q < QUERIES; q++) {
            String pair = QueryDraw.weighted(random, sizes);
            queryPairs.add(pair);
            if (q % 2 == 0) {
                lines.add(line(pair, "held-out", QueryDraw.holdOut(random, byPair.get(pair), MoCorpus.Unit::source,
                        heldOut.computeIfAbsent(pair, p -> new HashSet<>()))));
            }
        }
        Map<String, Pair> pairs = new TreeMap<>();
        for (Map.Entry<String, List<MoCorpus.Unit>> entry : byPair.entrySet()) {
            Set<Integer> held = heldOut.getOrDefault(entry.getKey(), Set.of());
            List<MoCorpus.Unit> stored = new ArrayList<>();
            for (int i = 0; i < entry.getValue().size(); i++) {
                if (!held.contains(i)) {
                    stored.add(entry.getValue().get(i));
                }
            }
            List<String> sources = stored.stream().map(MoCorpus.Unit::source).toList();
            int size = Math.max(stored.size(), sizes.get(entry.getKey()) - held.size());
            pairs.put(entry.getKey(), new Pair(entry.getKey(), stored, new SourceVariants(sources,
                    entry.getKey().hashCode()), size));
        }
        for (int q = 1; q < QUERIES; q += 2) {
            Pair pair = pairs.get(queryPairs.get(q));
            String edited;
            do { // an edit may leave nothing of a one-word unit; the API refuses a blank text
                edited = pair.variants().edit(random, pair.source(random.nextInt(pair.size())));
            } while (edited.isBlank());
            lines.add(line(pair.target(), "edited", edited));
        }
        long start = System.nanoTime();
        long written = write(folder, pairs.values());
        long total = pairs.values().stream().mapToLong(Pair::size).sum() + 1;
        assertEquals(total, written, "every unit written");
        Files.write(folder.resolve("queries.tsv"), lines, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "FILLED %,d units (en→%s %,d) in %d pairs into %s in %.0f s%n", written,
                LARGE_PAIR, pairs.get(LARGE_PAIR).size(), pairs.size(), folder, (System.nanoTime() - start) / 1e9);
    }

    /** The catalog's language as Verso stores it, or null for one it cannot name (an import skips those too). */
    private static String verso(String tag) {
        try {
            return LanguageTags.normalize(tag);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** en→fr gets LARGEST units, every other pair its catalog size scaled so that the total is UNITS. */
    private static Map<String, Integer> sizes(Map<String, List<MoCorpus.Unit>> byPair) {
        int originals = byPair.values().stream().mapToInt(List::size).sum();
        int large = byPair.get(LARGE_PAIR).size();
        double factor = Math.max(1, (double) (UNITS - Math.max(LARGEST, large)) / (originals - large));
        Map<String, Integer> sizes = new TreeMap<>();
        byPair.forEach((target, units) -> sizes.put(target, target.equals(LARGE_PAIR) ? Math.max(LARGEST, large)
                : (int) Math.round(units.size() * factor)));
        return sizes;
    }

    private static String line(String target, String kind, String text) {
        return target + "\t" + kind + "\t" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * Writes every pair's units and the sentinel in id order, with the two secondary indexes dropped meanwhile and
     * built again at the end (the same definitions as V3__memory.sql): several times faster than keeping them.
     */
    private static long write(Path folder, Iterable<Pair> pairs) throws SQLException {
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("verso");
        try (Connection connection = DriverManager.getConnection(url, "verso", "")) {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM memory_unit")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new IllegalStateException("memory_unit is not empty in " + folder);
                }
                statement.execute("DROP INDEX ix_memory_unit_exact");
                statement.execute("DROP INDEX ix_memory_unit_change");
            }
            connection.setAutoCommit(false);
            Timestamp at = Timestamp.from(Instant.now());
            long id = 0;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO memory_unit (id, source_language,"
                    + " target_language, source_text, target_text, context_hash, origin, created_by, created_at,"
                    + " changed_at, change_seq, source_hash) VALUES (?, 'en', ?, ?, ?, NULL, ?, 'admin', ?, ?, ?, ?)")) {
                for (Pair pair : pairs) {
                    for (int k = 0; k < pair.size(); k++) {
                        add(insert, ++id, pair.target(), pair.source(k), pair.translation(k), at);
                        if (id % BATCH == 0) {
                            insert.executeBatch();
                            connection.commit();
                        }
                    }
                }
                add(insert, ++id, LARGE_PAIR, SENTINEL, "Sentinelle du banc d'essai de la mémoire", at);
                insert.executeBatch();
            }
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE memory_clock SET counter = " + id + " WHERE id = 1");
                connection.commit();
                statement.execute("CREATE INDEX ix_memory_unit_exact ON memory_unit (source_language, target_language,"
                        + " source_hash)");
                statement.execute("CREATE INDEX ix_memory_unit_change ON memory_unit (change_seq)");
                statement.execute("SHUTDOWN COMPACT");
            }
            return id;
        }
    }

    private static void add(PreparedStatement insert, long id, String target, String source, String translation,
                            Timestamp at) throws SQLException {
        insert.setLong(1, id);
        insert.setString(2, target);
        insert.setString(3, source);
        insert.setString(4, translation);
        insert.setString(5, ORIGIN);
        insert.setTimestamp(6, at);
        insert.setTimestamp(7, at);
        insert.setLong(8, id);
        insert.setLong(9, SourceHash.of(source));
        insert.addBatch();
    }
}
