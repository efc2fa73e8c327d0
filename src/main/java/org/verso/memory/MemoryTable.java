package org.verso.memory;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The {@code memory_unit} table through plain JDBC: an import writes hundreds of thousands of rows, and
 * batched statements do that several times faster than entities. Every method runs on the caller's
 * transaction (the datasource enlists its connections in it).
 */
@ApplicationScoped
class MemoryTable {

    private static final String COLUMNS = "id, source_language, target_language, source_text, target_text, "
            + "context_hash, origin, created_by, created_at, changed_at, change_seq";

    private final DataSource dataSource;

    MemoryTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Takes {@code count} numbers from the memory clock and returns the first. The row stays locked until the
     * transaction ends, so change numbers become visible in order (see V3__memory.sql).
     */
    private static long reserve(Connection connection, int count) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE memory_clock SET counter = counter + ? WHERE id = 1")) {
            update.setLong(1, count);
            update.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT counter FROM memory_clock WHERE id = 1");
             ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getLong(1) - count + 1;
        }
    }

    /** Inserts the units in one batch; returns them as stored. */
    List<StoredUnit> insert(List<NewUnit> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        try (Connection connection = dataSource.getConnection()) {
            return insert(connection, units);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store translation units", e);
        }
    }

    private static List<StoredUnit> insert(Connection connection, List<NewUnit> units) throws SQLException {
        long first = reserve(connection, units.size());
        Instant now = Instant.now();
        Timestamp at = Timestamp.from(now);
        List<StoredUnit> stored = new ArrayList<>(units.size());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO memory_unit (" + COLUMNS
                + ", source_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < units.size(); i++) {
                NewUnit unit = units.get(i);
                long id = first + i;
                insert.setLong(1, id);
                insert.setString(2, unit.sourceLanguage());
                insert.setString(3, unit.targetLanguage());
                insert.setString(4, unit.sourceText());
                insert.setString(5, unit.targetText());
                setLong(insert, 6, unit.contextHash());
                insert.setString(7, unit.origin());
                insert.setString(8, unit.createdBy());
                insert.setTimestamp(9, at);
                insert.setTimestamp(10, at);
                insert.setLong(11, id);
                insert.setLong(12, SourceHash.of(unit.sourceText()));
                insert.addBatch();
                stored.add(new StoredUnit(id, unit.sourceLanguage(), unit.targetLanguage(), unit.sourceText(),
                        unit.targetText(), unit.contextHash(), unit.origin(), unit.createdBy(), now, now, id));
            }
            insert.executeBatch();
        }
        return stored;
    }

    /**
     * Stores the unit of an approved translation: updates the one that translation already has (new text,
     * new change number) or inserts it and remembers which it is.
     */
    StoredUnit upsertForTranslation(NewUnit unit) {
        try (Connection connection = dataSource.getConnection()) {
            Long existing = unitOfTranslation(connection, unit.translationId());
            if (existing == null) {
                StoredUnit stored = insert(connection, List.of(unit)).get(0);
                try (PreparedStatement link = connection.prepareStatement(
                        "INSERT INTO memory_translation_unit (translation_id, unit_id) VALUES (?, ?)")) {
                    link.setLong(1, unit.translationId());
                    link.setLong(2, stored.id());
                    link.executeUpdate();
                }
                return stored;
            }
            long seq = reserve(connection, 1);
            try (PreparedStatement update = connection.prepareStatement("UPDATE memory_unit SET source_text = ?, "
                    + "target_text = ?, source_hash = ?, context_hash = ?, changed_at = ?, change_seq = ? WHERE id = ?")) {
                update.setString(1, unit.sourceText());
                update.setString(2, unit.targetText());
                update.setLong(3, SourceHash.of(unit.sourceText()));
                setLong(update, 4, unit.contextHash());
                update.setTimestamp(5, Timestamp.from(Instant.now()));
                update.setLong(6, seq);
                update.setLong(7, existing);
                update.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM memory_unit WHERE id = ?")) {
                select.setLong(1, existing);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return unit(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the translation unit", e);
        }
    }

    private static Long unitOfTranslation(Connection connection, long translationId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT unit_id FROM memory_translation_unit WHERE translation_id = ?")) {
            select.setLong(1, translationId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** Whether the memory holds any unit of the pair. */
    boolean holdsPair(String sourceLanguage, String targetLanguage) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT 1 FROM memory_unit WHERE source_language = ? "
                     + "AND target_language = ? FETCH FIRST 1 ROWS ONLY")) {
            select.setString(1, sourceLanguage);
            select.setString(2, targetLanguage);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the translation memory", e);
        }
    }


    List<StoredUnit> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
        return query("SELECT " + COLUMNS + " FROM memory_unit WHERE id IN (" + marks + ")", List.copyOf(ids));
    }

    /** Units with exactly this source text in the pair, newest first. */
    List<StoredUnit> exact(String sourceLanguage, String targetLanguage, String sourceText) {
        return query("SELECT " + COLUMNS + " FROM memory_unit WHERE source_language = ? AND target_language = ? "
                        + "AND source_hash = ? AND source_text = ? ORDER BY changed_at DESC, id DESC",
                List.of(sourceLanguage, targetLanguage, SourceHash.of(sourceText), sourceText));
    }

    /** Which of these (source, target) pairs the memory already holds: their source hashes' stored units. */
    List<StoredUnit> withSourceHashes(String sourceLanguage, String targetLanguage, Collection<Long> hashes) {
        if (hashes.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>(hashes);
        parameters.add(sourceLanguage);
        parameters.add(targetLanguage);
        // A join with the hashes as a table, not "source_hash IN (…)": H2 uses an index for IN only on its first
        // column, so it scanned the whole language pair once per lookup, and re-importing into a large pair (resuming a
        // cancelled import) slowed to a crawl. Joined, each hash is one lookup of the (languages, hash) index.
        String rows = hashes.stream().map(h -> "(CAST(? AS BIGINT))").collect(Collectors.joining(", "));
        return query("SELECT " + COLUMNS + " FROM (VALUES " + rows + ") AS wanted (h) JOIN memory_unit "
                + "ON source_hash = wanted.h WHERE source_language = ? AND target_language = ?", parameters);
    }

    /** Units whose target contains {@code phrase}, ignoring case, newest first. */
    List<StoredUnit> targetContains(String sourceLanguage, String targetLanguage, String phrase, int limit) {
        String pattern = "%" + phrase.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return query("SELECT " + COLUMNS + " FROM memory_unit WHERE source_language = ? AND target_language = ? "
                        + "AND LOWER(target_text) LIKE ? ESCAPE '\\' ORDER BY change_seq DESC FETCH FIRST " + limit
                        + " ROWS ONLY", List.of(sourceLanguage, targetLanguage, pattern));
    }

    /** What the fuzzy index keeps of a unit, with its change number: all that the index's follower reads. */
    record IndexedSource(long id, String sourceLanguage, String targetLanguage, String sourceText, long changeSeq) {
    }

    /**
     * Units changed after {@code changeSeq}, in change order, at most {@code limit}: only the columns the index needs
     * (with every column, H2 spent about a third more time per row on a rebuild at start; docs/performance.md).
     */
    List<IndexedSource> sourcesChangedSince(long changeSeq, int limit) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT id, source_language, target_language, "
                     + "source_text, change_seq FROM memory_unit WHERE change_seq > ? ORDER BY change_seq FETCH FIRST "
                     + limit + " ROWS ONLY")) {
            select.setLong(1, changeSeq);
            List<IndexedSource> sources = new ArrayList<>(limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    sources.add(new IndexedSource(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5)));
                }
            }
            return sources;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the translation memory", e);
        }
    }

    /** Every unit of the pair, oldest first, handed over one at a time without holding them all. */
    void forEachInPair(String sourceLanguage, String targetLanguage, Consumer<StoredUnit> consumer) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM memory_unit "
                     + "WHERE source_language = ? AND target_language = ? ORDER BY id")) {
            select.setFetchSize(1000);
            select.setString(1, sourceLanguage);
            select.setString(2, targetLanguage);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(unit(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the translation memory", e);
        }
    }

    /** Units per language pair: source, target, count. */
    List<PairCount> pairs() {
        List<PairCount> pairs = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT source_language, target_language, "
                     + "COUNT(*) FROM memory_unit GROUP BY source_language, target_language "
                     + "ORDER BY source_language, target_language");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                pairs.add(new PairCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the translation memory", e);
        }
        return pairs;
    }

    private List<StoredUnit> query(String sql, List<?> parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            List<StoredUnit> units = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    units.add(unit(rs));
                }
            }
            return units;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the translation memory", e);
        }
    }

    private static StoredUnit unit(ResultSet rs) throws SQLException {
        long context = rs.getLong(6);
        Long contextHash = rs.wasNull() ? null : context;
        return new StoredUnit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                contextHash, rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant(),
                rs.getTimestamp(10).toInstant(), rs.getLong(11));
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
