package dev.candor.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

import dev.candor.store.CandorStore;
import dev.candor.store.StoreConfiguration;
import dev.candor.store.StoreException;
import dev.candor.store.StoreWork;

/** A {@link CandorStore} on Derby, embedded or through the network client. */
final class DerbyStore implements CandorStore {

    private final StoreConfiguration configuration;
    private final ConnectionPool pool;
    private final int schemaVersion;
    private final Runnable shutdown;
    private final Clock clock;
    private final References references;
    private final List<String> problems;

    DerbyStore(StoreConfiguration configuration, ConnectionPool pool, int schemaVersion, Runnable shutdown,
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
            throw SqlErrors.translate(e, configuration.toLocation());
        }
        JdbcSession session = new JdbcSession(connection, clock, references);
        try {
            T result = work.run(session);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback(connection, session);
            throw SqlErrors.translate(e, configuration.toLocation());
        } catch (StoreException | RuntimeException | Error e) {
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
