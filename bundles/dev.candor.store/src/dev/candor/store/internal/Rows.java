package dev.candor.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;

import dev.candor.model.Identifiable;
import dev.candor.model.validation.ModelValidation;
import dev.candor.model.validation.Problem;
import dev.candor.store.ConflictException;
import dev.candor.store.InvalidDataException;
import dev.candor.store.StoreException;
import dev.candor.nls.Plurals;

/** Conversions and checks shared by the JDBC repositories. */
final class Rows {

    private Rows() {
    }

    /*
     * Instants are stored as BIGINT milliseconds since the epoch (schema 11). A zone-less TIMESTAMP
     * holds the wall-clock fields of whichever JVM wrote it: read in another zone it names another
     * instant, and the two instants of the repeated autumn hour become one. A number names the
     * same instant everywhere, compares and sorts as one, and is read alike by Derby's embedded
     * and network drivers and by other databases' drivers, none of which apply a zone to it.
     */

    /** Binds an instant (or SQL NULL) as epoch milliseconds. */
    static void setInstant(PreparedStatement statement, int index, Date date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, date.getTime());
        }
    }

    /** Reads an instant stored as epoch milliseconds; {@code null} for SQL NULL. */
    static Date date(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : new Date(value);
    }

    static String literal(Enumerator value) {
        return value == null ? null : value.getLiteral();
    }

    static void setLongOrNull(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    static Long longOrNull(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    /**
     * Refuses a record before anything is written: the model's own validation
     * plus the column sizes of fields that the model leaves unbounded.
     */
    static void check(EObject record, List<String> lengthProblems) throws InvalidDataException {
        List<String> problems = new ArrayList<>();
        for (Problem problem : ModelValidation.validate(record)) {
            problems.add(problem.message());
        }
        problems.addAll(lengthProblems);
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
    }

    /** Adds a problem if {@code value} does not fit a column of {@code max} characters; never truncates. */
    static void fits(List<String> problems, String label, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(Plurals.format(Messages.TooLong, new Object[] { label, value.length(), max }));
        }
    }

    /**
     * After an UPDATE ... WHERE ID = ? AND VERSION = ? that changed no row:
     * tells whether the row was changed or deleted by someone else.
     */
    static ConflictException conflict(java.sql.Connection connection, String table, String what, long id,
            int expected) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT VERSION FROM " + table + " WHERE ID = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return new ConflictException(org.eclipse.osgi.util.NLS.bind(Messages.Conflict_Deleted, what), id,
                            expected, -1);
                }
                int current = rows.getInt(1);
                return new ConflictException(org.eclipse.osgi.util.NLS.bind(Messages.Conflict_Changed,
                        new Object[] { what, current, expected }), id, expected, current);
            }
        }
    }

    /** Deletes a versioned row or reports the conflict. */
    static void deleteVersioned(java.sql.Connection connection, String table, String what, long id, int expected)
            throws SQLException, StoreException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM " + table + " WHERE ID = ? AND VERSION = ?")) {
            delete.setLong(1, id);
            delete.setInt(2, expected);
            if (delete.executeUpdate() == 0) {
                throw conflict(connection, table, what, id, expected);
            }
        }
    }

    /**
     * Locks a customer's row until the transaction ends (an update that changes nothing), so
     * that records without a foreign key to it are never written for a customer being deleted
     * or merged away. Whether it exists.
     */
    static boolean lockCustomer(java.sql.Connection connection, long id) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("UPDATE CUSTOMER SET VERSION = VERSION WHERE ID = ?")) {
            lock.setLong(1, id);
            return lock.executeUpdate() == 1;
        }
    }

    static long count(java.sql.Connection connection, String sql, Long parameter) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (parameter != null) {
                select.setLong(1, parameter);
            }
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Binds a record's columns from parameter 1 on; returns the next parameter index. */
    @FunctionalInterface
    interface Binder<T> {
        int bind(PreparedStatement statement, T record) throws SQLException;
    }

    /**
     * Inserts a record whose id is 0 (version 1), otherwise updates it only if
     * its version is still the stored one and increments the version.
     */
    static <T extends Identifiable> void upsert(JdbcSession session, String table, String columns, T record,
            Binder<T> binder, String what) throws SQLException, StoreException {
        upsert(session, table, columns, record, binder, what, false);
    }

    /** The change number of a searchable record's insert or update; see {@link dev.candor.store.SearchFeed}. */
    static String nextChange(java.sql.Connection connection) {
        return Dialect.of(connection).nextValue("CANDOR_CHANGE"); //$NON-NLS-1$
    }

    /** As above; a {@code stamped} table also gets a new CHANGE_SEQ with every write. */
    static <T extends Identifiable> void upsert(JdbcSession session, String table, String columns, T record,
            Binder<T> binder, String what, boolean stamped) throws SQLException, StoreException {
        java.sql.Connection connection = session.connection();
        session.remember(record);
        String stampColumn = stamped ? "CHANGE_SEQ, " : "";
        String stampValue = stamped ? nextChange(connection) + ", " : "";
        if (record.getId() == 0) {
            String parameters = placeholders(columns.split(",").length);
            try (PreparedStatement insert = Dialect.of(connection).prepareInsert(connection, "INSERT INTO " + table
                    + " (VERSION, " + stampColumn + columns + ") VALUES (1, " + stampValue + parameters + ")")) {
                binder.bind(insert, record);
                insert.executeUpdate();
                record.setId(generatedId(insert));
                record.setVersion(1);
            }
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET VERSION = VERSION + 1, "
                + (stamped ? "CHANGE_SEQ = " + nextChange(connection) + ", " : "") + columns.replace(",", " = ?,") + " = ? WHERE ID = ? AND VERSION = ?")) {
            int next = binder.bind(update, record);
            update.setLong(next, record.getId());
            update.setInt(next + 1, record.getVersion());
            if (update.executeUpdate() == 0) {
                throw conflict(connection, table, what, record.getId(), record.getVersion());
            }
        }
        record.setVersion(record.getVersion() + 1);
    }

    static long generatedId(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the database returned no generated id"); //$NON-NLS-1$
            }
            return keys.getLong(1);
        }
    }

    /** Reads one row into a record. */
    @FunctionalInterface
    interface Reader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /**
     * The records with these ids that still exist, in the order of {@code ids}:
     * {@code select} ends in "WHERE ID IN", the ids go in chunks of 500.
     */
    static <T> List<T> byIds(java.sql.Connection connection, String select, List<Long> ids, Reader<T> reader,
            java.util.function.ToLongFunction<T> idOf) throws SQLException {
        java.util.Map<Long, T> byId = new java.util.HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            try (PreparedStatement statement = connection.prepareStatement(
                    select + " (" + placeholders(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        T record = reader.read(rows);
                        byId.put(idOf.applyAsLong(record), record);
                    }
                }
            }
        }
        List<T> result = new ArrayList<>();
        for (Long id : ids) {
            T record = byId.get(id);
            if (record != null) {
                result.add(record);
            }
        }
        return result;
    }

    /** "?, ?, ?" for {@code count} parameters. */
    static String placeholders(int count) {
        return "?" + ", ?".repeat(count - 1);
    }

    static String joinLines(List<String> values) {
        return values.isEmpty() ? null : String.join("\n", values);
    }

    static List<String> splitLines(String value) {
        return value == null || value.isEmpty() ? List.of() : List.of(value.split("\n"));
    }
}
