package dev.candor.store.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Schema 11: every instant becomes epoch milliseconds (BIGINT) instead of a zone-less
 * TIMESTAMP (see {@link Rows#setInstant}).
 *
 * <p>Candor up to schema 10 stored the wall-clock fields of the JVM that wrote a value. They are
 * read here as text (so neither this JVM's zone nor a network server's applies) and taken as
 * local times of {@code writtenIn}, the zone of the clock of the Candor that upgrades the
 * database. The two instants of an hour repeated when clocks go back were stored as the same
 * fields; they become the earlier of the two (the information was lost when they were
 * written).</p>
 *
 * <p>It converts whatever TIMESTAMP columns the database's own schema has, read from its
 * metadata (tables of earlier versions included), with the indexes on them dropped and built
 * again on the new columns.</p>
 */
final class InstantsMigration implements Migration {

    static final int VERSION = 11;

    /** A table's time columns: the key to update its rows by, which columns are required, its indexes on them. */
    private record Table(String name, List<String> key, List<String> columns, List<String> required,
            List<String> indexes) {
    }

    private static final int BATCH = 5_000;
    private static final int CHUNK = 50_000;

    private final ZoneId writtenIn;

    InstantsMigration(ZoneId writtenIn) {
        this.writtenIn = writtenIn;
    }

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public String description() {
        return "instants as epoch milliseconds (written in " + writtenIn.getId() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        for (Table table : tables(connection)) {
            convert(connection, table);
        }
    }

    /** The tables of the current schema that have TIMESTAMP columns, as the metadata describes them. */
    private static List<Table> tables(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema;
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery(Dialect.of(connection).currentSchemaQuery())) { //$NON-NLS-1$
            rows.next();
            schema = rows.getString(1);
        }
        Map<String, List<String>> columns = new TreeMap<>();
        Map<String, List<String>> required = new TreeMap<>();
        try (ResultSet rows = meta.getColumns(null, schema, null, null)) {
            while (rows.next()) {
                if (rows.getInt("DATA_TYPE") == Types.TIMESTAMP) { //$NON-NLS-1$
                    String table = rows.getString("TABLE_NAME"); //$NON-NLS-1$
                    String column = rows.getString("COLUMN_NAME"); //$NON-NLS-1$
                    columns.computeIfAbsent(table, t -> new ArrayList<>()).add(column);
                    if (rows.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls) { //$NON-NLS-1$
                        required.computeIfAbsent(table, t -> new ArrayList<>()).add(column);
                    }
                }
            }
        }
        List<Table> tables = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : columns.entrySet()) {
            String table = entry.getKey();
            tables.add(new Table(table, primaryKey(meta, schema, table), entry.getValue(),
                    required.getOrDefault(table, List.of()), indexes(meta, schema, table, entry.getValue())));
        }
        return tables;
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<Integer, String> key = new TreeMap<>();
        try (ResultSet rows = meta.getPrimaryKeys(null, schema, table)) {
            while (rows.next()) {
                key.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME")); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        if (key.isEmpty()) {
            throw new SQLException("the table " + table + " has no primary key to convert its rows by"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new ArrayList<>(key.values());
    }

    /**
     * The named (non-constraint) indexes that use one of {@code columns}, as {@code NAME ON TABLE (A, B DESC)}
     * to create again; Derby names the indexes of constraints itself, starting with SQL.
     */
    private static List<String> indexes(DatabaseMetaData meta, String schema, String table, List<String> columns)
            throws SQLException {
        Map<String, Map<Integer, String>> byName = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        try (ResultSet rows = meta.getIndexInfo(null, schema, table, false, false)) {
            while (rows.next()) {
                String name = rows.getString("INDEX_NAME"); //$NON-NLS-1$
                String column = rows.getString("COLUMN_NAME"); //$NON-NLS-1$
                if (name == null || column == null || name.startsWith("SQL")) { //$NON-NLS-1$
                    continue;
                }
                String order = "D".equals(rows.getString("ASC_OR_DESC")) ? " DESC" : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                byName.computeIfAbsent(name, n -> new TreeMap<>()).put(rows.getInt("ORDINAL_POSITION"), column + order); //$NON-NLS-1$
                unique.put(name, !rows.getBoolean("NON_UNIQUE")); //$NON-NLS-1$
            }
        }
        List<String> result = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, String>> index : byName.entrySet()) {
            boolean touches = index.getValue().values().stream()
                    .anyMatch(c -> columns.contains(c.replace(" DESC", ""))); //$NON-NLS-1$ //$NON-NLS-2$
            if (touches) {
                result.add((unique.get(index.getKey()) ? "UNIQUE " : "") + index.getKey() + " ON " + table + " (" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        + String.join(", ", index.getValue().values()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return result;
    }

    private void convert(Connection connection, Table table) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String index : table.indexes()) {
                String name = index.startsWith("UNIQUE ") ? index.substring(7) : index; //$NON-NLS-1$
                s.execute("DROP INDEX " + name.substring(0, name.indexOf(' '))); //$NON-NLS-1$
            }
            for (String column : table.columns()) {
                s.execute("ALTER TABLE " + table.name() + " ADD COLUMN " + column + "_MS BIGINT"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                // PostgreSQL drops a column's indexes with it; dropping them first works on both
            }
        }
        fill(connection, table);
        Dialect dialect = Dialect.of(connection);
        try (Statement s = connection.createStatement()) {
            for (String column : table.columns()) {
                s.execute("ALTER TABLE " + table.name() + " DROP COLUMN " + column); //$NON-NLS-1$ //$NON-NLS-2$
                s.execute(dialect.renameColumn(table.name(), column + "_MS", column)); //$NON-NLS-1$
            }
            for (String column : table.required()) {
                s.execute(dialect.setNotNull(table.name(), column));
            }
            for (String index : table.indexes()) {
                s.execute("CREATE " + (index.startsWith("UNIQUE ") ? index : "INDEX " + index)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
    }

    /**
     * Writes the new columns a chunk of rows at a time (by key, when it is one column), each
     * chunk read whole before it is written: a table scan open while its rows grow may meet a
     * row twice.
     */
    private void fill(Connection connection, Table table) throws SQLException {
        boolean chunked = table.key().size() == 1;
        Object after = null;
        while (true) {
            List<Object[]> rows = read(connection, table, chunked, after);
            write(connection, table, rows);
            if (!chunked || rows.size() < CHUNK) {
                return;
            }
            after = rows.get(rows.size() - 1)[0];
        }
    }

    private List<Object[]> read(Connection connection, Table table, boolean chunked, Object after)
            throws SQLException {
        int keys = table.key().size();
        int times = table.columns().size();
        String sql = "SELECT " + String.join(", ", table.key()) + ", " + String.join(", ", table.columns()) + " FROM " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                + table.name();
        if (chunked) {
            String key = table.key().get(0);
            sql += (after == null ? "" : " WHERE " + key + " > ?") + " ORDER BY " + key + " FETCH FIRST " + CHUNK //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                    + " ROWS ONLY"; //$NON-NLS-1$
        }
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (after != null) {
                select.setObject(1, after);
            }
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    Object[] row = new Object[keys + times];
                    for (int i = 0; i < keys; i++) {
                        row[i] = r.getObject(i + 1);
                    }
                    for (int i = 0; i < times; i++) {
                        row[keys + i] = millis(r.getString(keys + i + 1));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static void write(Connection connection, Table table, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int keys = table.key().size();
        int times = table.columns().size();
        StringBuilder set = new StringBuilder();
        for (String column : table.columns()) {
            set.append(set.length() == 0 ? "" : ", ").append(column).append("_MS = ?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        String where = String.join(" = ? AND ", table.key()) + " = ?"; //$NON-NLS-1$ //$NON-NLS-2$
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + table.name() + " SET " + set + " WHERE " + where)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            int pending = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < times; i++) {
                    Long value = (Long) row[keys + i];
                    if (value == null) {
                        update.setNull(i + 1, Types.BIGINT);
                    } else {
                        update.setLong(i + 1, value);
                    }
                }
                for (int i = 0; i < keys; i++) {
                    update.setObject(times + i + 1, row[i]);
                }
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }

    /** "2026-07-01 12:15:30.25" as a local time of {@link #writtenIn}; the earlier instant when it was there twice. */
    private Long millis(String fields) {
        if (fields == null) {
            return null;
        }
        LocalDateTime local = LocalDateTime.parse(fields.strip().replace(' ', 'T'));
        return ZonedDateTime.ofLocal(local, writtenIn, null).toInstant().toEpochMilli();
    }
}
