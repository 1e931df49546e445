package dev.candor.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import dev.candor.store.SchemaMigration;
import dev.candor.store.StoreException;

/**
 * Brings the schemas other bundles contribute to the versions they know, after Candor's own
 * schema. Each step is one transaction with its row in CANDOR_MODULE_SCHEMA, run with the
 * contributed schema as the current one. A failing step is rolled back and reported; the
 * other schemas, and Candor, go on.
 */
final class ModuleMigrator {

    private ModuleMigrator() {
    }

    static void migrate(Connection connection, String location, Clock clock, List<ContributedSchema> schemas,
            List<String> problems) throws SQLException {
        String home = currentSchema(connection);
        connection.commit();
        for (ContributedSchema schema : schemas) {
            try {
                migrate(connection, location, clock, schema, home, problems);
            } finally {
                setSchema(connection, home);
                connection.commit();
            }
        }
    }

    private static void migrate(Connection connection, String location, Clock clock, ContributedSchema schema,
            String home, List<String> problems) throws SQLException {
        int applied = lockAndReadVersion(connection, schema.name());
        if (applied > schema.latest()) {
            connection.rollback();
            problems.add(NLS.bind(Messages.Schema_ModuleNewer,
                    new Object[] { schema.contributor(), location, applied, schema.latest() }));
            return;
        }
        connection.commit();
        for (ContributedSchema.Step step : schema.steps()) {
            if (step.version() <= applied) {
                continue;
            }
            try {
                // another client may have migrated meanwhile (network server): re-check under the lock
                if (lockAndReadVersion(connection, schema.name()) >= step.version()) {
                    connection.commit();
                    continue;
                }
                ensureSchema(connection, schema.name());
                setSchema(connection, schema.name());
                if (step.script() != null) {
                    try (Statement statement = connection.createStatement()) {
                        for (String sql : SqlScriptMigration.statements(step.script())) {
                            statement.execute(Dialect.of(connection).ddl(sql));
                        }
                    }
                } else {
                    SchemaMigration migration = step.factory().create();
                    migration.apply(new JdbcSql(connection));
                }
                setSchema(connection, home);
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO CANDOR_MODULE_SCHEMA" //$NON-NLS-1$
                        + " (MODULE, VERSION, DESCRIPTION, CONTRIBUTOR, APPLIED_AT) VALUES (?, ?, ?, ?, ?)")) { //$NON-NLS-1$
                    insert.setString(1, schema.name());
                    insert.setInt(2, step.version());
                    insert.setString(3, step.description().length() > 200 ? step.description().substring(0, 200)
                            : step.description());
                    insert.setString(4, schema.contributor());
                    insert.setLong(5, clock.millis());
                    insert.executeUpdate();
                }
                connection.commit();
                applied = step.version();
            } catch (Exception e) {
                connection.rollback();
                String why = e instanceof SQLException s ? SqlErrors.translate(s, location).getMessage()
                        : e instanceof StoreException s ? s.getMessage() : String.valueOf(e);
                problems.add(NLS.bind(Messages.Schema_ModuleUpgradeFailed, new Object[] { schema.contributor(), location,
                        step.version(), step.description(), applied, why }));
                return;
            }
        }
    }

    private static int lockAndReadVersion(Connection connection, String module) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LOCK TABLE CANDOR_MODULE_SCHEMA IN EXCLUSIVE MODE"); //$NON-NLS-1$
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT MAX(VERSION) FROM CANDOR_MODULE_SCHEMA WHERE MODULE = ?")) { //$NON-NLS-1$
            select.setString(1, module);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        }
    }

    private static void ensureSchema(Connection connection, String name) throws SQLException {
        Dialect dialect = Dialect.of(connection);
        try (PreparedStatement select = connection.prepareStatement(dialect.schemaExistsQuery())) {
            select.setString(1, dialect.name(name));
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                if (rows.getInt(1) > 0) {
                    return;
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + name); //$NON-NLS-1$ // checked against ContributedSchemas' pattern
        }
    }

    static String currentSchema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(Dialect.of(connection).currentSchemaQuery())) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void setSchema(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(Dialect.of(connection).setSchema(name));
        }
    }
}
