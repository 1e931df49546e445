package dev.candor.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where Derby's and PostgreSQL's SQL differ. The store writes standard SQL everywhere else; the
 * migration scripts are written once, in Derby's words, and {@link #ddl(String)} says them in
 * PostgreSQL's, so both databases keep one migration history.
 */
enum Dialect {

    DERBY, POSTGRESQL;

    private static final Pattern DOUBLE = Pattern.compile("\\bDOUBLE\\b(?!\\s+PRECISION)", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
    private static final Pattern CLOB = Pattern.compile("\\bCLOB\\b", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
    private static final Pattern BLOB = Pattern.compile("\\bBLOB\\b", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
    /** A text column type not already given a collation. */
    private static final Pattern VARCHAR = Pattern.compile("\\bVARCHAR\\s*\\(\\s*\\d+\\s*\\)(?!\\s+COLLATE)", //$NON-NLS-1$
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEXT_VALUE = Pattern.compile("\\bNEXT VALUE FOR (\\w+)", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$

    /** The dialect of a connection of either driver. */
    static Dialect of(Connection connection) {
        return connection.getClass().getName().startsWith("org.postgresql.") ? POSTGRESQL : DERBY; //$NON-NLS-1$
    }

    /**
     * A DDL statement written in Derby's words, in this dialect. On PostgreSQL every text column
     * sorts and compares by code point (collation "C"), as Derby's do: keyset pages and the
     * folded-name order must not depend on the server's locale.
     */
    String ddl(String sql) {
        if (this == DERBY) {
            return sql;
        }
        String result = DOUBLE.matcher(sql).replaceAll("DOUBLE PRECISION"); //$NON-NLS-1$
        result = CLOB.matcher(result).replaceAll("TEXT COLLATE \"C\""); //$NON-NLS-1$
        result = BLOB.matcher(result).replaceAll("BYTEA"); //$NON-NLS-1$
        result = VARCHAR.matcher(result).replaceAll("$0 COLLATE \"C\""); //$NON-NLS-1$
        return NEXT_VALUE.matcher(result).replaceAll("nextval('$1')"); //$NON-NLS-1$
    }

    /** The expression of a sequence's next value. */
    String nextValue(String sequence) {
        return this == DERBY ? "NEXT VALUE FOR " + sequence : "nextval('" + sequence + "')"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** A query of one row: a sequence's next value. */
    String selectNextValue(String sequence) {
        return (this == DERBY ? "VALUES " : "SELECT ") + nextValue(sequence); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The query of the current schema's name. */
    String currentSchemaQuery() {
        return this == DERBY ? "VALUES CURRENT SCHEMA" : "SELECT CURRENT_SCHEMA"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The query that counts the schemas of a name (one parameter, the name as {@link #name} gives it). */
    String schemaExistsQuery() {
        return this == DERBY ? "SELECT COUNT(*) FROM SYS.SYSSCHEMAS WHERE SCHEMANAME = ?" //$NON-NLS-1$
                : "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?"; //$NON-NLS-1$
    }

    /** The statement that makes {@code schema} the current one. */
    String setSchema(String schema) {
        return this == DERBY ? "SET SCHEMA " + schema : "SET search_path TO " + schema; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The statement that renames a column. */
    String renameColumn(String table, String from, String to) {
        return this == DERBY ? "RENAME COLUMN " + table + "." + from + " TO " + to //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                : "ALTER TABLE " + table + " RENAME COLUMN " + from + " TO " + to; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** The statement that makes a column required. */
    String setNotNull(String table, String column) {
        return "ALTER TABLE " + table + " ALTER COLUMN " + column + (this == DERBY ? " NOT NULL" : " SET NOT NULL"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** The query of the names of a table's foreign keys (one parameter, the table as {@link #name} gives it). */
    String foreignKeysQuery() {
        return this == DERBY
                ? "SELECT C.CONSTRAINTNAME FROM SYS.SYSCONSTRAINTS C JOIN SYS.SYSTABLES T ON C.TABLEID = T.TABLEID" //$NON-NLS-1$
                        + " JOIN SYS.SYSSCHEMAS S ON T.SCHEMAID = S.SCHEMAID" //$NON-NLS-1$
                        + " WHERE T.TABLENAME = ? AND C.TYPE = 'F' AND S.SCHEMANAME = CURRENT SCHEMA" //$NON-NLS-1$
                : "SELECT C.conname FROM pg_constraint C JOIN pg_class T ON C.conrelid = T.oid" //$NON-NLS-1$
                        + " JOIN pg_namespace S ON T.relnamespace = S.oid" //$NON-NLS-1$
                        + " WHERE T.relname = ? AND C.contype = 'f' AND S.nspname = CURRENT_SCHEMA"; //$NON-NLS-1$
    }

    /**
     * A name as the catalogue (and {@link java.sql.DatabaseMetaData}) holds it: PostgreSQL folds
     * unquoted names to lower case, Derby to upper case.
     */
    String name(String name) {
        return name == null ? null : this == DERBY ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
    }

    /** An insert whose generated ID is read back with {@link Rows#generatedId}. */
    PreparedStatement prepareInsert(Connection connection, String sql) throws SQLException {
        // PostgreSQL's driver would return every column for RETURN_GENERATED_KEYS; name the id
        return this == DERBY ? connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
                : connection.prepareStatement(sql, new String[] { "id" }); //$NON-NLS-1$
    }

    /** SQL states of "no such table" or "no such schema". */
    private static final Set<String> TABLE_MISSING = Set.of("42X05", "42Y07", "42P01", "3F000"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    /** Whether a failure says a table (or its schema) does not exist. */
    static boolean isTableMissing(SQLException e) {
        return TABLE_MISSING.contains(e.getSQLState());
    }

    /** Whether a failed CREATE says another client created the object first. */
    static boolean isAlreadyThere(SQLException e) {
        String state = e.getSQLState();
        // PostgreSQL: a duplicate table, or two CREATEs racing for the catalogue's unique type name
        return "X0Y32".equals(state) || "42P07".equals(state) || "23505".equals(state); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
