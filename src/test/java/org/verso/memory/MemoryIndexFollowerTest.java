package org.verso.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.verso.memory.fuzzy.FuzzyHit;

/**
 * The follower reads units another instance wrote (rows in the table the index has not seen) in batches of 5,000
 * by change number, the next batch read while the last is indexed: every unit arrives, across batch edges, and an
 * updated unit arrives with its new text.
 */
@QuarkusTest
class MemoryIndexFollowerTest {

    private static final int UNITS = 12_001; // two whole batches and one unit more

    @Inject
    MemoryIndexFollower follower;

    @Inject
    DataSource dataSource;

    @Test
    void unitsWrittenElsewhereReachTheIndexAcrossBatches() throws SQLException {
        String tag = Long.toString(System.nanoTime(), 36);
        int before = follower.index().size();
        long first = insertElsewhere(tag);

        follower.catchUp();

        assertEquals(before + UNITS, follower.index().size(), "every unit indexed once");
        for (int i : new int[] {0, 4_999, 5_000, 9_999, 10_000, UNITS - 1}) {
            List<FuzzyHit> hits = follower.index().search("en", "kk", text(tag, i), 1, 100);
            assertEquals(1, hits.size(), "unit " + i + " found");
            assertEquals(first + i, hits.get(0).unitId());
        }

        String edited = "The ferry to " + word(tag, 7) + " leaves an hour later in winter.";
        updateElsewhere(first + 7, edited);
        follower.catchUp();

        List<FuzzyHit> found = follower.index().search("en", "kk", edited, 1, 100);
        assertEquals(first + 7, found.get(0).unitId(), "the new text is indexed");
        assertTrue(follower.index().search("en", "kk", text(tag, 7), 1, 100).isEmpty(), "the old text is gone");
        assertEquals(before + UNITS, follower.index().size(), "an update replaces, never adds");
    }

    private static String text(String tag, int i) {
        return "The timetable of " + word(tag, i) + " changes in spring.";
    }

    /** A word no other unit has: the tag, then i in letters. */
    private static String word(String tag, int i) {
        StringBuilder word = new StringBuilder("x").append(tag.replaceAll("[0-9]", "")).append('q');
        for (int n = i; n >= 0; n = n / 26 - 1) {
            word.append((char) ('a' + n % 26));
        }
        return word.toString();
    }

    /** Writes the units the way MemoryTable does, change numbers from the clock, without telling this instance. */
    private long insertElsewhere(String tag) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            long first = reserve(connection, UNITS);
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO memory_unit (id, source_language,"
                    + " target_language, source_text, target_text, source_hash, origin, created_at, changed_at,"
                    + " change_seq) VALUES (?, 'en', 'kk', ?, 'Кесте', ?, 'file:elsewhere.tmx', ?, ?, ?)")) {
                for (int i = 0; i < UNITS; i++) {
                    insert.setLong(1, first + i);
                    insert.setString(2, text(tag, i));
                    insert.setLong(3, SourceHash.of(text(tag, i)));
                    insert.setTimestamp(4, now);
                    insert.setTimestamp(5, now);
                    insert.setLong(6, first + i);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return first;
        }
    }

    private void updateElsewhere(long id, String source) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE memory_unit SET source_text = ?, source_hash = ?, change_seq = ? WHERE id = ?")) {
            update.setString(1, source);
            update.setLong(2, SourceHash.of(source));
            update.setLong(3, reserve(connection, 1));
            update.setLong(4, id);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static long reserve(Connection connection, int count) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE memory_clock SET counter = counter + " + count + " WHERE id = 1");
            try (ResultSet rs = statement.executeQuery("SELECT counter FROM memory_clock WHERE id = 1")) {
                rs.next();
                return rs.getLong(1) - count + 1;
            }
        }
    }
}
