package dev.candor.store.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Properties;

import org.apache.derby.jdbc.ClientDriver;
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
    private static final ClientDriver CLIENT = new ClientDriver();

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
        try {
            version = SchemaMigrator.migrate(first, configuration.toLocation(), clock);
        } catch (StoreException e) {
            closeQuietly(first);
            shutdown(configuration);
            throw e;
        }
        ConnectionPool pool = new ConnectionPool(factory);
        pool.give(first);
        return new DerbyStore(configuration, pool, version, () -> shutdown(configuration), clock);
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
                throw new DatabaseUnavailableException(Reason.CORRUPT, "The folder " + directory
                        + " is not empty and is not a Candor database. Candor has not changed it; choose an empty or new folder.",
                        null);
            }
            if (create && Files.exists(directory)) {
                try {
                    Files.delete(directory); // Derby creates the folder itself and refuses an existing one
                } catch (java.io.IOException e) {
                    throw new StoreException("Could not prepare " + directory + ": " + e.getMessage(), e);
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
        String url = "jdbc:derby://" + configuration.getHost() + ":" + configuration.getPort() + "/"
                + configuration.getDatabaseName() + ";create=true";
        return () -> CLIENT.connect(url, properties);
    }

    private static boolean isAbsentOrEmpty(Path directory) throws StoreException {
        if (!Files.exists(directory)) {
            return true;
        }
        if (!Files.isDirectory(directory)) {
            throw new DatabaseUnavailableException(Reason.CORRUPT,
                    directory + " is a file, not a database folder. Candor has not changed it.", null);
        }
        try (var entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (java.io.IOException e) {
            throw new DatabaseUnavailableException(Reason.OTHER, "Cannot read " + directory + ": " + e.getMessage(), e);
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
