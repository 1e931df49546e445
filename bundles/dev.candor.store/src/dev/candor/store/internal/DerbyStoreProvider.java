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
 * Opens Derby databases. The drivers are instantiated directly: DriverManager
 * cannot see drivers across OSGi class loaders.
 */
public final class DerbyStoreProvider implements StoreProvider {

    private static final EmbeddedDriver EMBEDDED = new EmbeddedDriver();
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
        } catch (SQLException e) {
            throw SqlErrors.openFailure(configuration, e);
        }
        int version;
        List<String> problems = new ArrayList<>();
        References references;
        try {
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
        return new DerbyStore(configuration, pool, version, () -> shutdown(configuration), clock, references,
                problems);
    }

    /** Whether {@code SCHEMA.TABLE} exists. */
    private static boolean exists(Connection connection, String qualified) {
        int dot = qualified.indexOf('.');
        try (ResultSet tables = connection.getMetaData().getTables(null, qualified.substring(0, dot),
                qualified.substring(dot + 1), null)) {
            return tables.next();
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public int getCurrentSchemaVersion() {
        return SchemaMigrator.CURRENT_VERSION;
    }

    /** Opens connections for a configuration; creates an embedded database only in an empty or new folder. */
    static ConnectionPool.ConnectionFactory factory(StoreConfiguration configuration) throws StoreException {
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
        source.setCreateDatabase("create"); //$NON-NLS-1$
        source.setUser(configuration.getUser());
        source.setPassword(configuration.getPassword());
        source.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
        return () -> source.getConnection();
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
