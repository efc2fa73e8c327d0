package org.verso.memory;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The {@code memory_translation_unit} links between approved translations and their units, read and cut in batches
 * of a thousand ids, so a batch of changes asks once rather than once per segment.
 */
@ApplicationScoped
class TranslationUnitLinks {

    private static final int CHUNK = 1_000;

    private final DataSource dataSource;

    TranslationUnitLinks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Unties units from translations that are gone; the units stay. */
    void unlinkTranslations(Collection<Long> translationIds) {
        inChunks(translationIds, "DELETE FROM memory_translation_unit WHERE translation_id IN ",
                PreparedStatement::executeUpdate);
    }

    /** Of {@code translationIds}, those that have a unit: one query per thousand ids. */
    Set<Long> translationsWithUnits(Collection<Long> translationIds) {
        Set<Long> found = new HashSet<>();
        inChunks(translationIds, "SELECT translation_id FROM memory_translation_unit WHERE translation_id IN ",
                select -> {
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getLong(1));
                }
            }
            return 0;
        });
        return found;
    }

    @FunctionalInterface
    private interface Run {
        int run(PreparedStatement statement) throws SQLException;
    }

    /** {@code sql} followed by "(?, ?, …)", run once per thousand ids on one connection. */
    private void inChunks(Collection<Long> translationIds, String sql, Run run) {
        List<Long> ids = List.copyOf(translationIds);
        try (Connection connection = dataSource.getConnection()) {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                try (PreparedStatement statement = connection.prepareStatement(sql + "("
                        + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        statement.setLong(i + 1, chunk.get(i));
                    }
                    run.run(statement);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not use the translation memory's links", e);
        }
    }
}
