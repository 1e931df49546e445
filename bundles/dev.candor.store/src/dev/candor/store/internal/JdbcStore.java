package dev.candor.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

import dev.candor.store.CandorStore;
import dev.candor.store.StoreConfiguration;
import dev.candor.store.StoreException;
import dev.candor.store.StoreWork;

/** A {@link CandorStore} on Derby (embedded or through the network client) or PostgreSQL. */
final class JdbcStore implements CandorStore {

    private final StoreConfiguration configuration;
    private final ConnectionPool pool;
    private final int schemaVersion;
    private final Runnable shutdown;
    private final Clock clock;
    private final References references;
    private final List<String> problems;

    JdbcStore(StoreConfiguration configuration, ConnectionPool pool, int schemaVersion, Runnable shutdown,
            Clock clock, References references, List<String> problems) {
        this.clock = clock;
        this.references = references;
        this.problems = List.copyOf(problems);
        this.configuration = configuration;
        this.pool = pool;
        this.schemaVersion = schemaVersion;
        this.shutdown = shutdown;
    }

    @Override
    public <T> T call(StoreWork<T> work) throws StoreException {
        Connection connection;
        try {
            connection = pool.take();
        } catch (SQLException e) {
            // the server is not there (yet): a typed, translated failure; the next call tries again
            throw SqlErrors.translate(e, configuration.toLocation());
        }
        JdbcSession session = new JdbcSession(connection, clock, references);
        try {
            T result = work.run(session);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback(connection, session);
            StoreException translated = SqlErrors.translate(e, configuration.toLocation());
            if (translated.getCode() == StoreException.Code.CONNECTION_LOST) {
                pool.discardIdle();
            }
            throw translated;
        } catch (StoreException e) {
            rollback(connection, session);
            if (e.getCode() == StoreException.Code.CONNECTION_LOST) {
                pool.discardIdle(); // the others to that server are dead too
            }
            throw e;
        } catch (RuntimeException | Error e) {
            rollback(connection, session);
            throw e;
        } finally {
            pool.give(connection);
        }
    }

    private static void rollback(Connection connection, JdbcSession session) {
        session.restoreRecords();
        try {
            connection.rollback();
        } catch (SQLException e) {
            // a connection that cannot roll back is closed by the pool; Derby then rolls back itself
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing more to do
            }
        }
    }

    @Override
    public dev.candor.store.ChangeWatch watchChanges() throws StoreException {
        if (configuration.getMode() == StoreConfiguration.Mode.POSTGRESQL) {
            return new ListeningWatch(pool.factory(), configuration.toLocation());
        }
        return new PollingWatch();
    }

    @Override
    public StoreConfiguration getConfiguration() {
        return configuration;
    }

    @Override
    public List<String> getProblems() {
        return problems;
    }

    @Override
    public int getSchemaVersion() {
        return schemaVersion;
    }

    @Override
    public void close() {
        pool.close();
        shutdown.run();
    }
}
