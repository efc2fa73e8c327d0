package org.verso.memory.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.postgresql.PGConnection;

/**
 * The peer: PostgreSQL pg_trgm as Weblate's translation memory uses it. One table, a GIN trigram index on the
 * source, a b-tree on the pair; a lookup is {@code source % ?} under a similarity threshold that starts at
 * Weblate's {@code threshold_to_similarity(text, 70)} and drops by 0.05 while nothing is found (down to 0.3),
 * top 50 by {@code similarity()}; the caller reranks them with FuzzyScore.
 */
final class PgTrgmPeer implements AutoCloseable {

    private final Connection connection;
    private PreparedStatement lookup;
    private double currentLimit = -1;

    PgTrgmPeer(String url, String user, String password) throws SQLException {
        connection = DriverManager.getConnection(url, user, password);
    }

    /** @return seconds taken to load and index */
    double load(List<MoCorpus.Unit> units, Set<Integer> heldOut) throws SQLException {
        long start = System.nanoTime();
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            s.execute("DROP TABLE IF EXISTS verso_bench_memory");
            s.execute("CREATE TABLE verso_bench_memory (pair text NOT NULL, source text NOT NULL, target text NOT NULL)");
        }
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < units.size(); i++) {
            if (!heldOut.contains(i)) {
                MoCorpus.Unit u = units.get(i);
                batch.append(escape(u.target())).append('\t').append(escape(u.source())).append('\t')
                        .append(escape(u.translation())).append('\n');
            }
            if (batch.length() > 8_000_000 || i == units.size() - 1) {
                copy(batch.toString());
                batch.setLength(0);
            }
        }
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE INDEX verso_bench_memory_source ON verso_bench_memory USING GIN (source gin_trgm_ops)");
            s.execute("CREATE INDEX verso_bench_memory_pair ON verso_bench_memory (pair)");
            s.execute("ANALYZE verso_bench_memory");
        }
        lookup = connection.prepareStatement("SELECT source FROM verso_bench_memory WHERE pair = ? AND source % ?"
                + " ORDER BY similarity(source, ?) DESC LIMIT 50");
        return (System.nanoTime() - start) / 1e9;
    }

    /** Weblate's adaptive lookup: the candidates' source texts, best trigram similarity first. */
    List<String> candidates(String pair, String text) throws SQLException {
        List<String> out = new ArrayList<>();
        for (double limit = startSimilarity(text, 70); out.isEmpty() && limit > 0.3; limit -= 0.05) {
            setLimit(limit);
            lookup.setString(1, pair);
            lookup.setString(2, text);
            lookup.setString(3, text);
            try (ResultSet rows = lookup.executeQuery()) {
                while (rows.next()) {
                    out.add(rows.getString(1));
                }
            }
        }
        return out;
    }

    /** Weblate 5's MemoryQuerySet.threshold_to_similarity, ported. */
    static double startSimilarity(String text, int threshold) {
        double base = 0.127264 * Math.log(24.282 * threshold);
        if (base >= 0.985) {
            return Math.min(Math.round(base * 1000) / 1000.0, 1.0);
        }
        double maximum = Math.min(base * 1.2, 0.985);
        int length = Math.min(Math.max(1, text.replaceAll("[^\\p{L}\\p{N}_]", "").length()), 2000);
        double boost = (maximum - base) * Math.sqrt(length) / Math.sqrt(2000);
        return Math.max(0.6, Math.min(1.0, Math.round((base + boost) * 1000) / 1000.0));
    }

    private void setLimit(double limit) throws SQLException {
        if (Math.abs(currentLimit - limit) < 0.001) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT set_limit(?)")) {
            s.setFloat(1, (float) limit);
            s.executeQuery().close();
        }
        currentLimit = limit;
    }

    private void copy(String rows) throws SQLException {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY verso_bench_memory (pair, source, target) FROM STDIN", new StringReader(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    @Override
    public void close() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TABLE IF EXISTS verso_bench_memory");
        }
        connection.close();
    }
}
