package dev.candor.store.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.time.Clock;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;

import dev.candor.store.CandorStore;
import dev.candor.store.DatabaseUnavailableException;
import dev.candor.store.DatabaseUnavailableException.Reason;
import dev.candor.store.StoreConfiguration;
import dev.candor.store.StoreException;
import dev.candor.store.StoreProvider;

/**
 * Opens Candor's databases: embedded Derby, a Derby Network Server, or PostgreSQL. The drivers
 * are instantiated directly: DriverManager cannot see drivers across OSGi class loaders.
 */
public final class JdbcStoreProvider implements StoreProvider {

    private static final EmbeddedDriver EMBEDDED = new EmbeddedDriver();

    /** PostgreSQL's driver, loaded on first use: a Derby-only caller outside OSGi need not have it. */
    private static final class Postgresql {
        static final java.sql.Driver DRIVER = new org.postgresql.Driver();
    }
    /**
     * How long a network server may take to answer a new connection: 60 s, or
     * {@code -Dcandor.database.loginTimeout=<seconds>} (slow links; tests that keep a server silent).
     */
    static final int LOGIN_TIMEOUT_SECONDS = Math.max(1, Integer.getInteger("candor.database.loginTimeout", 60)); //$NON-NLS-1$

    static {
        // Derby reads these once, when the engine boots.
        setDefault("derby.storage.pageCacheSize", "8000");
        setDefault("derby.stream.error.file",
                Path.of(System.getProperty("java.io.tmpdir"), "candor-derby.log").toString());
        setDefault("derby.language.logStatementText", "false");
        // ids and change numbers taken 1000 at a time (Derby's default is 100): each take writes
        // the catalog, and a large import taking them while colleagues save collided there
        setDefault("derby.language.sequence.preallocator", "1000");
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private Clock clock;

    /** Declarative Services: the Candor clock. */
    public void setClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public CandorStore open(StoreConfiguration configuration) throws StoreException {
        if (clock == null) {
            throw new IllegalStateException("no java.time.Clock service: is dev.candor.clock installed?");
        }
        return open(configuration, clock);
    }

    @Override
    public CandorStore open(StoreConfiguration configuration, Clock clock) throws StoreException {
        java.util.Objects.requireNonNull(clock, "clock");
        ConnectionPool.ConnectionFactory factory = factory(configuration);
        Connection first;
        try {
            first = factory.open();
            first.setAutoCommit(false);
        } catch (SQLException e) {
            throw SqlErrors.openFailure(configuration, e);
        }
        int version;
        List<String> problems = new ArrayList<>();
        References references;
        try {
            refuseForeignOrNotSetUp(first, configuration);
            version = SchemaMigrator.migrate(first, configuration.toLocation(), clock);
            List<ContributedSchema> schemas = ContributedSchemas.read(problems);
            ModuleMigrator.migrate(first, configuration.toLocation(), clock, schemas, problems);
            references = References.of(schemas, table -> exists(first, table));
            first.commit();
        } catch (StoreException e) {
            closeQuietly(first);
            shutdown(configuration);
            throw e;
        } catch (SQLException e) {
            closeQuietly(first);
            shutdown(configuration);
            throw SqlErrors.openFailure(configuration, e);
        }
        ConnectionPool pool = new ConnectionPool(factory);
        pool.give(first);
        return new JdbcStore(configuration, pool, version, () -> shutdown(configuration), clock, references,
                problems);
    }

    /**
     * Refuses a database without Candor's schema that holds tables of another application (a
     * mistyped address must not add Candor's tables to someone else's database), and an empty
     * one unless the configuration says to set it up.
     */
    private static void refuseForeignOrNotSetUp(Connection connection, StoreConfiguration configuration)
            throws SQLException, StoreException {
        if (SchemaMigrator.currentVersion(connection) > 0) {
            return;
        }
        Dialect dialect = Dialect.of(connection);
        List<String> tables = new ArrayList<>();
        try (java.sql.Statement statement = connection.createStatement();
                ResultSet schema = statement.executeQuery(dialect.currentSchemaQuery())) {
            schema.next();
            try (ResultSet rows = connection.getMetaData().getTables(null, schema.getString(1), "%", //$NON-NLS-1$
                    new String[] { "TABLE" })) { //$NON-NLS-1$
                while (rows.next() && tables.size() < 3) {
                    tables.add(rows.getString("TABLE_NAME")); //$NON-NLS-1$
                }
            }
        }
        connection.rollback();
        if (!tables.isEmpty()) {
            throw new DatabaseUnavailableException(Reason.FOREIGN, org.eclipse.osgi.util.NLS.bind(
                    Messages.Open_ForeignDatabase, configuration.toLocation(), String.join(", ", tables)), null); //$NON-NLS-1$
        }
        if (!configuration.isCreating()) {
            throw new DatabaseUnavailableException(Reason.NOT_SET_UP,
                    org.eclipse.osgi.util.NLS.bind(Messages.Open_NotSetUp, configuration.toLocation()), null);
        }
    }

    /** Whether {@code SCHEMA.TABLE} exists. */
    private static boolean exists(Connection connection, String qualified) {
        int dot = qualified.indexOf('.');
        Dialect dialect = Dialect.of(connection);
        try (ResultSet tables = connection.getMetaData().getTables(null, dialect.name(qualified.substring(0, dot)),
                dialect.name(qualified.substring(dot + 1)), null)) {
            return tables.next();
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public dev.candor.store.DatabaseCopyReport copy(StoreConfiguration source, StoreConfiguration target, Clock clock,
            org.eclipse.core.runtime.IProgressMonitor monitor) throws StoreException {
        return new DatabaseCopy(this, source, target, java.util.Objects.requireNonNull(clock, "clock")).run(monitor); //$NON-NLS-1$
    }

    @Override
    public int getCurrentSchemaVersion() {
        return SchemaMigrator.CURRENT_VERSION;
    }

    /** Opens connections for a configuration; creates an embedded database only in an empty or new folder. */
    static ConnectionPool.ConnectionFactory factory(StoreConfiguration configuration) throws StoreException {
        if (configuration.getMode() == StoreConfiguration.Mode.POSTGRESQL) {
            return postgresql(configuration);
        }
        Properties properties = new Properties();
        properties.setProperty("user", configuration.getUser());
        properties.setProperty("password", configuration.getPassword());
        if (configuration.getMode() == StoreConfiguration.Mode.EMBEDDED) {
            Path directory = configuration.getDirectory();
            boolean create = isAbsentOrEmpty(directory);
            if (!create && !Files.isRegularFile(directory.resolve("service.properties"))) {
                throw new DatabaseUnavailableException(Reason.CORRUPT,
                        org.eclipse.osgi.util.NLS.bind(Messages.Open_NotCandorFolder, directory), null);
            }
            if (create && Files.exists(directory)) {
                try {
                    Files.delete(directory); // Derby creates the folder itself and refuses an existing one
                } catch (java.io.IOException e) {
                    throw new StoreException(org.eclipse.osgi.util.NLS.bind(Messages.Open_CannotPrepare, directory,
                            e.getMessage()), e);
                }
            }
            String url = "jdbc:derby:" + directory + (create ? ";create=true" : "");
            String reopen = "jdbc:derby:" + directory;
            boolean[] created = { false };
            return () -> {
                Connection connection = EMBEDDED.connect(created[0] ? reopen : url, properties);
                created[0] = true;
                return connection;
            };
        }
        // a data source of its own, for its login timeout: a server that accepts the connection but
        // never answers (stopped mid-way, behind a broken proxy) fails the open instead of hanging it
        org.apache.derby.jdbc.ClientDataSource source = new org.apache.derby.jdbc.ClientDataSource();
        source.setServerName(configuration.getHost());
        source.setPortNumber(configuration.getPort());
        source.setDatabaseName(configuration.getDatabaseName());
        if (configuration.isCreating()) {
            source.setCreateDatabase("create"); //$NON-NLS-1$
        }
        source.setUser(configuration.getUser());
        source.setPassword(configuration.getPassword());
        source.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
        return () -> source.getConnection();
    }

    /**
     * Connections to PostgreSQL. No password is passed: the driver reads PostgreSQL's password
     * file (~/.pgpass, or PGPASSFILE), as psql does.
     */
    private static ConnectionPool.ConnectionFactory postgresql(StoreConfiguration configuration) {
        String url = "jdbc:postgresql://" + configuration.getHost() + ":" + configuration.getPort() + "/" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + java.net.URLEncoder.encode(configuration.getDatabaseName(), java.nio.charset.StandardCharsets.UTF_8);
        Properties properties = new Properties();
        properties.setProperty("user", configuration.getUser()); //$NON-NLS-1$
        properties.setProperty("loginTimeout", Integer.toString(LOGIN_TIMEOUT_SECONDS)); //$NON-NLS-1$
        properties.setProperty("connectTimeout", Integer.toString(Math.min(LOGIN_TIMEOUT_SECONDS, 10))); //$NON-NLS-1$
        properties.setProperty("tcpKeepAlive", "true"); //$NON-NLS-1$ //$NON-NLS-2$
        properties.setProperty("ApplicationName", "Candor"); //$NON-NLS-1$ //$NON-NLS-2$
        // the bulk paths' batches go as multi-row inserts, one round trip per batch
        properties.setProperty("reWriteBatchedInserts", "true"); //$NON-NLS-1$ //$NON-NLS-2$
        return () -> {
            Connection connection = Postgresql.DRIVER.connect(url, properties);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            return connection;
        };
    }

    private static boolean isAbsentOrEmpty(Path directory) throws StoreException {
        if (!Files.exists(directory)) {
            return true;
        }
        if (!Files.isDirectory(directory)) {
            throw new DatabaseUnavailableException(Reason.CORRUPT,
                    org.eclipse.osgi.util.NLS.bind(Messages.Open_IsFile, directory), null);
        }
        try (var entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (java.io.IOException e) {
            throw new DatabaseUnavailableException(Reason.OTHER,
                    org.eclipse.osgi.util.NLS.bind(Messages.Open_CannotRead, directory, e.getMessage()), e);
        }
    }

    /** Shuts an embedded database down so that another process may open it; nothing for a server. */
    static void shutdown(StoreConfiguration configuration) {
        if (configuration.getMode() != StoreConfiguration.Mode.EMBEDDED) {
            return;
        }
        try {
            EMBEDDED.connect("jdbc:derby:" + configuration.getDirectory() + ";shutdown=true", new Properties());
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as SQLState 08006
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing after a failure
        }
    }
}
