package org.verso.recovery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes the rows an unfinished transaction left behind without their parent row. H2's MVStore can, after a
 * {@code kill -9} inside a long transaction, undo the parent (an import's document) yet keep some of its children
 * (the segments written before the kill): the crash test saw 62 such segments once in thirteen runs. The foreign keys
 * say which rows those are, so the sweep reads them from the database's own catalogue and names no table: a row whose
 * parent is missing goes, and with it, children first, every row that hangs from it. Nothing a transaction committed
 * can be such a row, because the foreign keys held when it committed.
 */
final class OrphanSweep {

    /** Deep enough for a chain of comment replies (a self-reference), shallow enough to stop a cycle. */
    private static final int MAX_DEPTH = 1_000;

    /** One single-column foreign key: {@code child.column} references {@code parent.parentColumn}. */
    record Reference(String child, String column, String parent, String parentColumn) {
    }

    /** What one removal found: {@code rows} rows of {@code table} whose {@code column} named a missing row. */
    record Removed(String table, String column, List<Object> missingKeys, long rows) {
    }

    private final Connection db;
    private final List<Reference> references;
    private final List<Removed> removed = new ArrayList<>();

    private OrphanSweep(Connection db, List<Reference> references) {
        this.db = db;
        this.references = references;
    }

    /** Sweeps the current schema in the connection's transaction; the caller commits. */
    static List<Removed> sweep(Connection db) throws SQLException {
        OrphanSweep sweep = new OrphanSweep(db, references(db));
        for (Reference reference : sweep.references) {
            List<Object> missing = sweep.keys("SELECT DISTINCT c." + q(reference.column) + " FROM " + q(reference.child)
                    + " c WHERE c." + q(reference.column) + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                    + q(reference.parent) + " p WHERE p." + q(reference.parentColumn) + " = c." + q(reference.column)
                    + ")");
            if (!missing.isEmpty()) {
                sweep.remove(reference.child, reference.column, missing, 0);
            }
        }
        return sweep.removed;
    }

    /** Deletes the rows of {@code table} whose {@code column} is one of {@code values}, their children first. */
    private void remove(String table, String column, List<Object> values, int depth) throws SQLException {
        if (depth > MAX_DEPTH) {
            throw new SQLException("foreign keys nest deeper than " + MAX_DEPTH + " below " + table);
        }
        for (Reference below : references) {
            if (below.parent.equals(table)) {
                List<Object> keys = keys("SELECT DISTINCT " + q(below.parentColumn) + " FROM " + q(table) + " WHERE "
                        + q(column) + " = ANY(?) AND " + q(below.parentColumn) + " IS NOT NULL", values);
                if (!keys.isEmpty()) {
                    remove(below.child, below.column, keys, depth + 1);
                }
            }
        }
        try (PreparedStatement delete = db.prepareStatement(
                "DELETE FROM " + q(table) + " WHERE " + q(column) + " = ANY(?)")) {
            delete.setObject(1, values.toArray());
            long rows = delete.executeLargeUpdate();
            if (rows > 0) {
                removed.add(new Removed(table, column, List.copyOf(values), rows));
            }
        }
    }

    private List<Object> keys(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i] instanceof List<?> list ? list.toArray() : parameters[i]);
            }
            List<Object> keys = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getObject(1));
                }
            }
            return keys;
        }
    }

    /**
     * The schema's single-column foreign keys, from the SQL standard's information schema. A key over several columns
     * is left out: removing by one of its columns could take rows whose parent is there.
     */
    static List<Reference> references(Connection db) throws SQLException {
        String sql = "SELECT f.CONSTRAINT_NAME, f.TABLE_NAME, f.COLUMN_NAME, p.TABLE_NAME, p.COLUMN_NAME"
                + " FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS r"
                + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE f ON f.CONSTRAINT_SCHEMA = r.CONSTRAINT_SCHEMA"
                + " AND f.CONSTRAINT_NAME = r.CONSTRAINT_NAME"
                + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE p ON p.CONSTRAINT_SCHEMA = r.UNIQUE_CONSTRAINT_SCHEMA"
                + " AND p.CONSTRAINT_NAME = r.UNIQUE_CONSTRAINT_NAME"
                + " AND p.ORDINAL_POSITION = f.POSITION_IN_UNIQUE_CONSTRAINT"
                + " WHERE r.CONSTRAINT_SCHEMA = CURRENT_SCHEMA"
                + " ORDER BY f.TABLE_NAME, f.COLUMN_NAME";
        Map<String, List<Reference>> byKey = new LinkedHashMap<>();
        try (PreparedStatement select = db.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                byKey.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(new Reference(rows.getString(2),
                        rows.getString(3), rows.getString(4), rows.getString(5)));
            }
        }
        return byKey.values().stream().filter(columns -> columns.size() == 1).map(columns -> columns.get(0)).toList();
    }

    private static String q(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
