package dev.candor.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Schema 11: every instant becomes epoch milliseconds (BIGINT) instead of a zone-less
 * TIMESTAMP (see {@link Rows#setInstant}).
 *
 * <p>Candor up to schema 10 stored the wall-clock fields of the JVM that wrote a value. They are
 * read here as text (so neither this JVM's zone nor a network server's applies) and taken as
 * local times of {@code writtenIn}, the zone of the clock of the Candor that upgrades the
 * database. The two instants of an hour repeated when clocks go back were stored as the same
 * fields; they become the earlier of the two (the information was lost when they were
 * written). Indexes on the columns are dropped and built again on the new ones.</p>
 */
final class InstantsMigration implements Migration {

    static final int VERSION = 11;

    /** A table's time columns: the key to update its rows by, which columns are required, its indexes on them. */
    private record Table(String name, List<String> key, List<String> columns, List<String> required,
            List<String> indexes) {
    }

    private static final List<Table> TABLES = List.of(
            new Table("CUSTOMER", List.of("ID"), List.of("CREATED_AT"), List.of(), List.of()),
            new Table("INTERACTION", List.of("ID"), List.of("STARTED_AT", "ENDED_AT"), List.of("STARTED_AT"),
                    List.of("INTERACTION_CUSTOMER_NEWEST ON INTERACTION (CUSTOMER_ID, STARTED_AT DESC, ID DESC)")),
            new Table("COMMITMENT", List.of("ID"), List.of("CREATED_AT", "DUE_AT", "CLOSED_AT"), List.of("DUE_AT"),
                    List.of("COMMITMENT_CUSTOMER ON COMMITMENT (CUSTOMER_ID, DUE_AT)",
                            "COMMITMENT_STATUS_DUE ON COMMITMENT (STATUS, DUE_AT)")),
            new Table("COMMITMENT_CHANGE", List.of("COMMITMENT_ID", "POS"),
                    List.of("CHANGED_AT", "PREVIOUS_DUE_AT", "NEW_DUE_AT"), List.of("CHANGED_AT"), List.of()),
            new Table("CHECKLIST_TEMPLATE", List.of("ID"), List.of("CREATED_AT"), List.of(), List.of()),
            new Table("ETHICS_REVIEW", List.of("ID"), List.of("REVIEWED_AT"), List.of("REVIEWED_AT"),
                    List.of("ETHICS_REVIEW_TIME ON ETHICS_REVIEW (REVIEWED_AT)")),
            new Table("FEEDBACK", List.of("ID"), List.of("RECEIVED_AT", "ANSWERED_AT"), List.of("RECEIVED_AT"),
                    List.of("FEEDBACK_CUSTOMER ON FEEDBACK (CUSTOMER_ID, RECEIVED_AT)",
                            "FEEDBACK_RECEIVED ON FEEDBACK (RECEIVED_AT DESC)")),
            new Table("SHARED_DOCUMENT", List.of("NAME"), List.of("UPDATED_AT"), List.of("UPDATED_AT"), List.of()),
            new Table("AUDIT_ENTRY", List.of("ID"), List.of("LOGGED_AT"), List.of("LOGGED_AT"),
                    List.of("AUDIT_SUBJECT ON AUDIT_ENTRY (SUBJECT_ID, LOGGED_AT)")),
            new Table("CANDOR_SCHEMA", List.of("VERSION"), List.of("APPLIED_AT"), List.of("APPLIED_AT"), List.of()));

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
        return "instants as epoch milliseconds (written in " + writtenIn.getId() + ")";
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        for (Table table : TABLES) {
            convert(connection, table);
        }
    }

    private void convert(Connection connection, Table table) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String index : table.indexes()) {
                s.execute("DROP INDEX " + index.substring(0, index.indexOf(' ')));
            }
            for (String column : table.columns()) {
                s.execute("ALTER TABLE " + table.name() + " ADD COLUMN " + column + "_MS BIGINT");
            }
        }
        fill(connection, table);
        try (Statement s = connection.createStatement()) {
            for (String column : table.columns()) {
                s.execute("ALTER TABLE " + table.name() + " DROP COLUMN " + column);
                s.execute("RENAME COLUMN " + table.name() + "." + column + "_MS TO " + column);
            }
            for (String column : table.required()) {
                s.execute("ALTER TABLE " + table.name() + " ALTER COLUMN " + column + " NOT NULL");
            }
            for (String index : table.indexes()) {
                s.execute("CREATE INDEX " + index);
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
        String sql = "SELECT " + String.join(", ", table.key()) + ", " + String.join(", ", table.columns()) + " FROM "
                + table.name();
        if (chunked) {
            String key = table.key().get(0);
            sql += (after == null ? "" : " WHERE " + key + " > ?") + " ORDER BY " + key + " FETCH FIRST " + CHUNK
                    + " ROWS ONLY";
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
            set.append(set.length() == 0 ? "" : ", ").append(column).append("_MS = ?");
        }
        String where = String.join(" = ? AND ", table.key()) + " = ?";
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + table.name() + " SET " + set + " WHERE " + where)) {
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
