package dev.candor.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import dev.candor.store.CandorStore;
import dev.candor.store.DatabaseCopyReport;
import dev.candor.store.StoreConfiguration;
import dev.candor.store.StoreException;

/**
 * Copies every table of one Candor database into another (see
 * {@link dev.candor.store.StoreProvider#copy}). Tables are found in the source's catalogue
 * (Candor's schema and the schemas of other bundles listed in CANDOR_MODULE_SCHEMA), written in
 * foreign-key order with their column values as they are, in one transaction of the target;
 * identity columns and sequences continue after the copied values.
 */
final class DatabaseCopy {

    /** A table to copy: its schema (null: Candor's), name, columns, key and JDBC types. */
    private record Table(String schema, String name, List<String> columns, List<Integer> types, List<String> key,
            String identity) {
        String qualified() {
            return schema == null ? name : schema + "." + name; //$NON-NLS-1$
        }
    }

    /**
     * Candor's bookkeeping of schema versions, which each database keeps for itself, and the
     * change log, which tells running clients of the source what changed and means nothing to
     * the clients of the copy.
     */
    private static final Set<String> OWN_HISTORY = Set.of("CANDOR_SCHEMA", "CANDOR_MODULE_SCHEMA", "CHANGE_LOG"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final int BATCH = 1_000;

    private final JdbcStoreProvider provider;
    private final StoreConfiguration source;
    private final StoreConfiguration target;
    private final Clock clock;

    DatabaseCopy(JdbcStoreProvider provider, StoreConfiguration source, StoreConfiguration target, Clock clock) {
        this.provider = provider;
        this.source = source;
        this.target = target;
        this.clock = clock;
    }

    DatabaseCopyReport run(IProgressMonitor monitor) throws StoreException {
        long started = System.nanoTime();
        if (source.getMode() == StoreConfiguration.Mode.POSTGRESQL
                || target.getMode() != StoreConfiguration.Mode.POSTGRESQL) {
            throw new StoreException(NLS.bind(Messages.Copy_Kinds, source.toLocation(), target.toLocation()));
        }
        if (source.getMode() == StoreConfiguration.Mode.EMBEDDED
                && !java.nio.file.Files.isRegularFile(source.getDirectory().resolve("service.properties"))) { //$NON-NLS-1$
            // opening it would make a new, empty database there
            throw new StoreException(NLS.bind(Messages.Copy_NoSource, source.toLocation()));
        }
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Copy_Task, 100);
        // opened as Candor opens them: the source at the current schema, the target set up
        try (CandorStore opened = provider.open(source, clock)) {
            // its problems are contributions left out everywhere, or schemas checked below
        }
        try (CandorStore opened = provider.open(target.creating(), clock)) {
            // set up
        }
        progress.worked(2);
        Connection from = null;
        Connection to = null;
        try {
            from = JdbcStoreProvider.factory(source).open();
            from.setAutoCommit(false);
            from.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ); // one consistent view
            to = JdbcStoreProvider.factory(target).open();
            to.setAutoCommit(false);
            requireSameModules(from, to);
            List<Table> tables = tables(from);
            Map<Table, Long> counts = new LinkedHashMap<>();
            long total = 0;
            for (Table table : tables) {
                requireEmptyTarget(to, table);
                long rows = count(from, table);
                counts.put(table, rows);
                total += rows;
            }
            progress.worked(3);
            SubMonitor writing = progress.split(75).setWorkRemaining((int) Math.min(Integer.MAX_VALUE, total / 100 + 1));
            Map<Table, String> sums = new LinkedHashMap<>();
            long[] done = { 0 };
            for (Table table : tables) {
                writing.subTask(NLS.bind(Messages.Copy_Table, table.qualified()));
                sums.put(table, copy(from, to, table, writing, done));
            }
            continueCounters(from, to, tables);
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            to.commit();
            from.rollback();
            SubMonitor verifying = progress.split(20).setWorkRemaining(tables.size());
            List<DatabaseCopyReport.Table> report = new ArrayList<>();
            for (Table table : tables) {
                verifying.subTask(NLS.bind(Messages.Copy_Verify, table.qualified()));
                long[] rows = { 0 };
                String sum = checksum(to, table, rows);
                report.add(new DatabaseCopyReport.Table(table.qualified(), counts.get(table), rows[0], sums.get(table),
                        sum));
                verifying.worked(1);
            }
            to.rollback();
            return new DatabaseCopyReport(report, (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            rollback(to);
            throw SqlErrors.translate(e, target.toLocation());
        } catch (StoreException | RuntimeException e) {
            rollback(to);
            throw e;
        } finally {
            close(from);
            close(to);
            JdbcStoreProvider.shutdown(source);
            JdbcStoreProvider.shutdown(target);
        }
    }

    /**
     * Requires the other bundles' schemas at the same versions on both sides: a schema the source
     * has at another version than this installation gives the target would be copied into
     * tables of another shape.
     */
    private void requireSameModules(Connection from, Connection to) throws SQLException, StoreException {
        Map<String, Integer> here = moduleVersions(from);
        Map<String, Integer> there = moduleVersions(to);
        List<String> differ = new ArrayList<>();
        for (Map.Entry<String, Integer> module : here.entrySet()) {
            Integer version = there.get(module.getKey());
            if (!module.getValue().equals(version)) {
                differ.add(module.getKey() + ": " + module.getValue() + " \u2192 " + (version == null ? "\u2014" : version)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        if (!differ.isEmpty()) {
            throw new StoreException(NLS.bind(Messages.Copy_Problems, source.toLocation(), String.join("\n", differ))); //$NON-NLS-1$
        }
    }

    private static Map<String, Integer> moduleVersions(Connection connection) throws SQLException {
        Map<String, Integer> versions = new TreeMap<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
                "SELECT MODULE, MAX(VERSION) FROM CANDOR_MODULE_SCHEMA GROUP BY MODULE")) { //$NON-NLS-1$
            while (r.next()) {
                versions.put(r.getString(1), r.getInt(2));
            }
        }
        return versions;
    }

    /** The source's tables, parents before the tables that refer to them. */
    private static List<Table> tables(Connection from) throws SQLException {
        Dialect dialect = Dialect.of(from);
        DatabaseMetaData meta = from.getMetaData();
        String home;
        try (Statement s = from.createStatement(); ResultSet r = s.executeQuery(dialect.currentSchemaQuery())) {
            r.next();
            home = r.getString(1);
        }
        List<String> schemas = new ArrayList<>();
        schemas.add(home);
        try (Statement s = from.createStatement();
                ResultSet r = s.executeQuery("SELECT DISTINCT MODULE FROM CANDOR_MODULE_SCHEMA ORDER BY MODULE")) { //$NON-NLS-1$
            while (r.next()) {
                schemas.add(dialect.name(r.getString(1)));
            }
        }
        Map<String, Table> byName = new LinkedHashMap<>();
        Map<String, Set<String>> parents = new TreeMap<>();
        for (String schema : schemas) {
            List<String> names = new ArrayList<>();
            try (ResultSet r = meta.getTables(null, schema, "%", new String[] { "TABLE" })) { //$NON-NLS-1$ //$NON-NLS-2$
                while (r.next()) {
                    names.add(r.getString("TABLE_NAME")); //$NON-NLS-1$
                }
            }
            for (String name : names) {
                if (schema.equals(home) && OWN_HISTORY.contains(name.toUpperCase(Locale.ROOT))) {
                    continue;
                }
                Table table = describe(meta, schema.equals(home) ? null : schema, schema, name);
                byName.put(table.qualified(), table);
                Set<String> refers = new LinkedHashSet<>();
                try (ResultSet r = meta.getImportedKeys(null, schema, name)) {
                    while (r.next()) {
                        String parentSchema = r.getString("PKTABLE_SCHEM"); //$NON-NLS-1$
                        String parent = r.getString("PKTABLE_NAME"); //$NON-NLS-1$
                        refers.add(parentSchema.equals(home) ? parent : parentSchema + "." + parent); //$NON-NLS-1$
                    }
                }
                refers.remove(table.qualified());
                parents.put(table.qualified(), refers);
            }
        }
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < byName.size()) {
            boolean progress = false;
            for (Table table : byName.values()) {
                if (!placed.contains(table.qualified()) && placed.containsAll(parents.get(table.qualified()).stream()
                        .filter(byName::containsKey).toList())) {
                    ordered.add(table);
                    placed.add(table.qualified());
                    progress = true;
                }
            }
            if (!progress) {
                throw new SQLException("the tables refer to each other in a circle: " + byName.keySet()); //$NON-NLS-1$
            }
        }
        return ordered;
    }

    private static Table describe(DatabaseMetaData meta, String schema, String catalogueSchema, String name)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        String identity = null;
        try (ResultSet r = meta.getColumns(null, catalogueSchema, name, "%")) { //$NON-NLS-1$
            Map<Integer, Object[]> byPosition = new TreeMap<>();
            while (r.next()) {
                byPosition.put(r.getInt("ORDINAL_POSITION"), new Object[] { r.getString("COLUMN_NAME"), //$NON-NLS-1$ //$NON-NLS-2$
                        r.getInt("DATA_TYPE"), "YES".equals(r.getString("IS_AUTOINCREMENT")) }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            for (Object[] column : byPosition.values()) {
                columns.add((String) column[0]);
                types.add((Integer) column[1]);
                if ((Boolean) column[2]) {
                    identity = (String) column[0];
                }
            }
        }
        Map<Integer, String> key = new TreeMap<>();
        try (ResultSet r = meta.getPrimaryKeys(null, catalogueSchema, name)) {
            while (r.next()) {
                key.put(r.getInt("KEY_SEQ"), r.getString("COLUMN_NAME")); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        // without a primary key, every column orders the rows (the same order on both sides)
        return new Table(schema, name, columns, types, key.isEmpty() ? columns : new ArrayList<>(key.values()),
                identity);
    }

    private static long count(Connection connection, Table table) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table.qualified())) { //$NON-NLS-1$
            r.next();
            return r.getLong(1);
        }
    }

    private void requireEmptyTarget(Connection to, Table table) throws SQLException, StoreException {
        long rows;
        try {
            rows = count(to, table);
        } catch (SQLException e) {
            if (Dialect.isTableMissing(e)) {
                throw new StoreException(NLS.bind(Messages.Copy_TableMissing, target.toLocation(), table.qualified()),
                        e);
            }
            throw e;
        }
        if (rows > 0) {
            throw new StoreException(NLS.bind(Messages.Copy_TargetNotEmpty, new Object[] { target.toLocation(),
                    table.qualified(), rows }));
        }
    }

    private static String select(Table table) {
        return "SELECT " + String.join(", ", table.columns()) + " FROM " + table.qualified() + " ORDER BY " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + String.join(", ", table.key()); //$NON-NLS-1$
    }

    /** Copies one table's rows, returning the checksum of what was read. */
    private static String copy(Connection from, Connection to, Table table, SubMonitor monitor, long[] done)
            throws SQLException {
        Dialect dialect = Dialect.of(to);
        String insert = "INSERT INTO " + table.qualified() + " (" + String.join(", ", table.columns()) + ")" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + (table.identity() != null && dialect == Dialect.POSTGRESQL ? " OVERRIDING SYSTEM VALUE" : "") //$NON-NLS-1$ //$NON-NLS-2$
                + " VALUES (" + "?, ".repeat(table.columns().size() - 1) + "?)"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        MessageDigest digest = sha256();
        int n = table.columns().size();
        try (Statement read = from.createStatement(); PreparedStatement write = to.prepareStatement(insert)) {
            read.setFetchSize(BATCH);
            try (ResultSet rows = read.executeQuery(select(table))) {
                int pending = 0;
                while (rows.next()) {
                    for (int i = 0; i < n; i++) {
                        Object value = value(rows, i + 1, table.types().get(i));
                        digest(digest, value);
                        if (value == null) {
                            write.setNull(i + 1, bindType(table.types().get(i)));
                        } else {
                            write.setObject(i + 1, value);
                        }
                    }
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                        if (monitor.isCanceled()) {
                            throw new OperationCanceledException();
                        }
                    }
                    if (++done[0] % 100 == 0) {
                        monitor.worked(1);
                    }
                }
                if (pending > 0) {
                    write.executeBatch();
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A value as both databases give it back: text as String, whatever its column type. */
    private static Object value(ResultSet rows, int column, int type) throws SQLException {
        return switch (type) {
            case Types.CLOB, Types.NCLOB, Types.LONGVARCHAR, Types.LONGNVARCHAR, Types.VARCHAR, Types.CHAR,
                    Types.NVARCHAR -> rows.getString(column);
            case Types.BLOB, Types.VARBINARY, Types.BINARY, Types.LONGVARBINARY -> rows.getBytes(column);
            case Types.BIGINT -> nullable(rows, rows.getLong(column));
            case Types.INTEGER, Types.SMALLINT -> nullable(rows, rows.getInt(column));
            case Types.BOOLEAN, Types.BIT -> nullable(rows, rows.getBoolean(column));
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> nullable(rows, rows.getDouble(column));
            default -> rows.getObject(column);
        };
    }

    /** The type a null is sent as: PostgreSQL's driver takes CLOB for a large object's OID. */
    private static int bindType(int type) {
        return switch (type) {
            case Types.CLOB, Types.NCLOB, Types.LONGVARCHAR, Types.LONGNVARCHAR -> Types.VARCHAR;
            case Types.BLOB, Types.LONGVARBINARY -> Types.VARBINARY;
            default -> type;
        };
    }

    private static Object nullable(ResultSet rows, Object value) throws SQLException {
        return rows.wasNull() ? null : value;
    }

    private static void digest(MessageDigest digest, Object value) {
        String text = value == null ? "\u0000null" //$NON-NLS-1$
                : value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes)
                        : value instanceof java.math.BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString()
                                : value.toString();
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0x1f); // a unit separator: "ab","c" and "a","bc" differ
    }

    /** Reads a table back in key order, returning its checksum and counting its rows. */
    private static String checksum(Connection connection, Table table, long[] rows) throws SQLException {
        MessageDigest digest = sha256();
        try (Statement read = connection.createStatement()) {
            read.setFetchSize(BATCH);
            try (ResultSet r = read.executeQuery(select(table))) {
                while (r.next()) {
                    for (int i = 0; i < table.columns().size(); i++) {
                        digest(digest, value(r, i + 1, table.types().get(i)));
                    }
                    rows[0]++;
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Moves the target's identity columns and Candor's sequences past the copied values. */
    private static void continueCounters(Connection from, Connection to, List<Table> tables) throws SQLException {
        try (Statement s = to.createStatement()) {
            for (Table table : tables) {
                if (table.identity() == null) {
                    continue;
                }
                long next;
                try (Statement q = from.createStatement(); ResultSet r = q.executeQuery(
                        "SELECT COALESCE(MAX(" + table.identity() + "), 0) FROM " + table.qualified())) { //$NON-NLS-1$ //$NON-NLS-2$
                    r.next();
                    next = r.getLong(1) + 1;
                }
                s.execute("ALTER TABLE " + table.qualified() + " ALTER COLUMN " + table.identity() + " RESTART WITH " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + next);
            }
            for (String sequence : List.of("CANDOR_CHANGE", "ETHICS_REVIEW_ID")) { //$NON-NLS-1$ //$NON-NLS-2$
                s.execute("ALTER SEQUENCE " + sequence + " RESTART WITH " + nextValue(from, sequence)); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    /** The value a sequence of the (Derby) source would give next, read without taking it. */
    private static long nextValue(Connection from, String sequence) throws SQLException {
        String sql = "VALUES SYSCS_UTIL.SYSCS_PEEK_AT_SEQUENCE(CURRENT SCHEMA, '" + sequence + "')"; //$NON-NLS-1$ //$NON-NLS-2$
        try (Statement s = from.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void rollback(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException e) {
            // the connection is closed next; the database rolls back itself
        }
    }

    private static void close(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing more to do
        }
    }
}
