package dev.candor.store.internal;

import java.sql.Connection;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.candor.store.Sql;
import dev.candor.store.StoreException;

/** {@link Sql} on the connection of one transaction. */
final class JdbcSql implements Sql {

    /** A table or column name as the versioned helpers accept it: letters, digits, _ and one schema dot. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)?"); //$NON-NLS-1$

    private final Connection connection;

    JdbcSql(Connection connection) {
        this.connection = connection;
    }

    @Override
    public <T> List<T> query(String sql, RowReader<T> reader, Object... parameters) throws StoreException {
        return SqlErrors.run(() -> {
            List<T> result = new ArrayList<>();
            try (PreparedStatement select = prepare(sql, parameters); ResultSet rows = select.executeQuery()) {
                JdbcRow row = new JdbcRow(rows);
                while (rows.next()) {
                    result.add(reader.read(row));
                }
            }
            return result;
        });
    }

    @Override
    public <T> Optional<T> queryFirst(String sql, RowReader<T> reader, Object... parameters) throws StoreException {
        return SqlErrors.run(() -> {
            try (PreparedStatement select = prepare(sql, parameters)) {
                select.setMaxRows(1);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.ofNullable(reader.read(new JdbcRow(rows))) : Optional.<T>empty();
                }
            }
        });
    }

    @Override
    public long queryLong(String sql, Object... parameters) throws StoreException {
        return SqlErrors.run(() -> {
            try (PreparedStatement select = prepare(sql, parameters); ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0L;
            }
        });
    }

    @Override
    public int update(String sql, Object... parameters) throws StoreException {
        return SqlErrors.run(() -> {
            try (PreparedStatement statement = prepare(sql, parameters)) {
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public long insertVersioned(String table, Map<String, ?> values) throws StoreException {
        check(table, values);
        List<String> columns = new ArrayList<>(values.keySet());
        String sql = "INSERT INTO " + table + " (VERSION" + (columns.isEmpty() ? "" : ", " + String.join(", ", columns)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + ") VALUES (1" + ", ?".repeat(columns.size()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return SqlErrors.run(() -> {
            try (PreparedStatement insert = Dialect.of(connection).prepareInsert(connection, sql)) {
                bind(insert, columns.stream().map(values::get).toArray());
                insert.executeUpdate();
                return Rows.generatedId(insert);
            }
        });
    }

    @Override
    public void updateVersioned(String table, long id, int expectedVersion, Map<String, ?> values, String what)
            throws StoreException {
        check(table, values);
        List<String> columns = new ArrayList<>(values.keySet());
        StringBuilder set = new StringBuilder("VERSION = VERSION + 1"); //$NON-NLS-1$
        for (String column : columns) {
            set.append(", ").append(column).append(" = ?"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String sql = "UPDATE " + table + " SET " + set + " WHERE ID = ? AND VERSION = ?"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        StoreException conflict = SqlErrors.run(() -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                List<Object> parameters = new ArrayList<>();
                columns.forEach(c -> parameters.add(values.get(c)));
                parameters.add(id);
                parameters.add(expectedVersion);
                bind(update, parameters.toArray());
                if (update.executeUpdate() == 0) {
                    return Rows.conflict(connection, table, what, id, expectedVersion);
                }
                return null;
            }
        });
        if (conflict != null) {
            throw conflict;
        }
    }

    @Override
    public void deleteVersioned(String table, long id, int expectedVersion, String what) throws StoreException {
        check(table, Map.of());
        SqlErrors.run(() -> {
            Rows.deleteVersioned(connection, table, what, id, expectedVersion);
            return null;
        });
    }

    @Override
    public boolean tableExists(String schema, String table) throws StoreException {
        return SqlErrors.run(() -> {
            try (ResultSet tables = connection.getMetaData().getTables(null, Dialect.of(connection).name(schema),
                    Dialect.of(connection).name(table), null)) {
                return tables.next();
            }
        });
    }

    private static void check(String table, Map<String, ?> values) {
        if (!NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table); //$NON-NLS-1$
        }
        for (String column : values.keySet()) {
            if (!NAME.matcher(column).matches() || column.contains(".") //$NON-NLS-1$
                    || column.equalsIgnoreCase("ID") || column.equalsIgnoreCase("VERSION")) { //$NON-NLS-1$ //$NON-NLS-2$
                throw new IllegalArgumentException("not a column to set: " + column); //$NON-NLS-1$
            }
        }
    }

    private PreparedStatement prepare(String sql, Object[] parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            bind(statement, parameters);
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /** Binds by Java type; instants as epoch milliseconds; {@code null} as the parameter's own SQL type. */
    static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        ParameterMetaData meta = null;
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            int index = i + 1;
            if (value == null) {
                if (meta == null) {
                    meta = statement.getParameterMetaData();
                }
                int type;
                try {
                    type = meta.getParameterType(index);
                } catch (SQLException unknown) {
                    type = Types.VARCHAR;
                }
                statement.setNull(index, type);
            } else if (value instanceof Instant instant) {
                statement.setLong(index, instant.toEpochMilli());
            } else if (value instanceof Date date) {
                statement.setLong(index, date.getTime());
            } else if (value instanceof String || value instanceof Integer || value instanceof Long
                    || value instanceof Double || value instanceof Boolean) {
                statement.setObject(index, value);
            } else if (value instanceof Enum<?> e) {
                statement.setString(index, e.name());
            } else {
                throw new IllegalArgumentException("cannot bind a " + value.getClass().getName()); //$NON-NLS-1$
            }
        }
    }

    /** A row read through the result set. */
    private record JdbcRow(ResultSet rows) implements Row {

        @Override
        public String getString(int column) throws StoreException {
            return SqlErrors.run(() -> rows.getString(column));
        }

        @Override
        public long getLong(int column) throws StoreException {
            return SqlErrors.run(() -> rows.getLong(column));
        }

        @Override
        public Long getLongOrNull(int column) throws StoreException {
            return SqlErrors.run(() -> Rows.longOrNull(rows, column));
        }

        @Override
        public int getInt(int column) throws StoreException {
            return SqlErrors.run(() -> rows.getInt(column));
        }

        @Override
        public double getDouble(int column) throws StoreException {
            return SqlErrors.run(() -> rows.getDouble(column));
        }

        @Override
        public boolean getBoolean(int column) throws StoreException {
            return SqlErrors.run(() -> rows.getBoolean(column));
        }

        @Override
        public Instant getInstant(int column) throws StoreException {
            return SqlErrors.run(() -> {
                Date date = Rows.date(rows, column);
                return date == null ? null : date.toInstant();
            });
        }
    }
}
