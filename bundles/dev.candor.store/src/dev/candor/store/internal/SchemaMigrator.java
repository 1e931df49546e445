package dev.candor.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;

import dev.candor.store.DatabaseUnavailableException;
import dev.candor.store.DatabaseUnavailableException.Reason;
import dev.candor.store.StoreException;

/**
 * Brings a database to the schema this Candor writes. Each step runs in its own
 * transaction together with its row in CANDOR_SCHEMA, so a failed step leaves
 * the database at the previous version.
 */
public final class SchemaMigrator {

    /** The first schema whose CANDOR_SCHEMA.APPLIED_AT holds epoch milliseconds. */
    private static final int INSTANTS = InstantsMigration.VERSION;

    static List<Migration> migrations(java.time.ZoneId writtenIn) {
        return List.of(
            new SqlScriptMigration(1, "core"),
            new SqlScriptMigration(2, "ethics"),
            new SearchKeyMigration(),
            new SqlScriptMigration(4, "customer_name_order"),
            new ProfileKeysMigration(),
            new SqlScriptMigration(6, "interaction_newest_first"),
            new InteractionOwnerMigration(),
            new SqlScriptMigration(8, "commitment_kinds_and_shared_documents"),
            new ReviewsMigration(),
            new SqlScriptMigration(10, "index_moved_out"),
            new InstantsMigration(writtenIn),
            new SqlScriptMigration(12, "module_schemas"),
            new SqlScriptMigration(13, "change_log"),
            new SqlScriptMigration(14, "customer_imports"));
    }

    /** The version this Candor writes. */
    public static final int CURRENT_VERSION = 14;

    private SchemaMigrator() {
    }

    /** The schema version of the database; 0 if it has no Candor schema yet. */
    public static int currentVersion(Connection connection) throws SQLException {
        // A plain query, not DatabaseMetaData: Derby compiles its metadata queries
        // on first use, which costs noticeable time at every start.
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT MAX(VERSION) FROM CANDOR_SCHEMA")) {
            return rows.next() ? rows.getInt(1) : 0;
        } catch (SQLException e) {
            if (Dialect.isTableMissing(e)) {
                connection.rollback();
                return 0;
            }
            throw e;
        }
    }

    /**
     * Migrates to {@link #CURRENT_VERSION}. The clock stamps each step; its zone is the one a
     * database before schema 11 was written in (see {@link InstantsMigration}).
     */
    public static int migrate(Connection connection, String location, java.time.Clock clock) throws StoreException {
        return migrate(connection, location, CURRENT_VERSION, clock);
    }

    /**
     * Migrates up to {@code target} (tests use a lower target to make an old
     * database). Returns the version reached.
     */
    public static int migrate(Connection connection, String location, int target, java.time.Clock clock)
            throws StoreException {
        try {
            connection.setAutoCommit(false);
            ensureSchemaTable(connection);
            int version = lockAndReadVersion(connection);
            if (version > CURRENT_VERSION) {
                connection.rollback();
                throw new DatabaseUnavailableException(Reason.NEWER_SCHEMA, org.eclipse.osgi.util.NLS.bind(
                        Messages.Schema_Newer, new Object[] { location, version, CURRENT_VERSION }), null);
            }
            connection.commit();
            for (Migration migration : migrations(clock.getZone())) {
                if (migration.version() <= version || migration.version() > target) {
                    continue;
                }
                apply(connection, migration, location, clock);
                version = migration.version();
            }
            return version;
        } catch (SQLException e) {
            throw new StoreException(org.eclipse.osgi.util.NLS.bind(Messages.Schema_ReadFailed, location, e.getSQLState()),
                    e);
        }
    }

    private static void apply(Connection connection, Migration migration, String location, java.time.Clock clock)
            throws StoreException {
        try {
            // Another client may have migrated meanwhile (network server): re-check under the lock.
            if (lockAndReadVersion(connection) >= migration.version()) {
                connection.commit();
                return;
            }
            migration.apply(connection);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO CANDOR_SCHEMA (VERSION, DESCRIPTION, APPLIED_AT) VALUES (?, ?, ?)")) {
                insert.setInt(1, migration.version());
                insert.setString(2, migration.description());
                if (migration.version() < INSTANTS) {
                    // written as earlier Candors did; schema 11 converts it with the rest
                    insert.setTimestamp(3, Timestamp.valueOf(java.time.LocalDateTime.ofInstant(clock.instant(),
                            clock.getZone())));
                } else {
                    insert.setLong(3, clock.millis());
                }
                insert.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the original failure is what matters
            }
            throw new StoreException(org.eclipse.osgi.util.NLS.bind(Messages.Schema_UpgradeFailed,
                    new Object[] { location, migration.version(), migration.description(), migration.version() - 1,
                            e instanceof SQLException s ? SqlErrors.translate(s, location).getMessage() : e.toString() }),
                    e);
        }
    }

    private static int lockAndReadVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LOCK TABLE CANDOR_SCHEMA IN EXCLUSIVE MODE");
        }
        return currentVersion(connection);
    }

    private static void ensureSchemaTable(Connection connection) throws SQLException {
        if (hasSchemaTable(connection)) {
            connection.commit();
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE CANDOR_SCHEMA (VERSION INT PRIMARY KEY, DESCRIPTION VARCHAR(200) NOT NULL,"
                    + " APPLIED_AT TIMESTAMP NOT NULL)");
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            if (!Dialect.isAlreadyThere(e)) { // created concurrently by another client
                throw e;
            }
        }
    }

    private static boolean hasSchemaTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT 1 FROM CANDOR_SCHEMA FETCH FIRST 1 ROWS ONLY")) {
            return true;
        } catch (SQLException e) {
            if (Dialect.isTableMissing(e)) {
                connection.rollback();
                return false;
            }
            throw e;
        }
    }
}
