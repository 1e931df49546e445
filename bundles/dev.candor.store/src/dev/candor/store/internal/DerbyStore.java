package dev.candor.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

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

    DerbyStore(StoreConfiguration configuration, ConnectionPool pool, int schemaVersion, Runnable shutdown,
            Clock clock) {
        this.clock = clock;
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
            throw new StoreException("The database " + configuration + " is not available: " + SqlErrors.describe(e), e);
        }
        JdbcSession session = new JdbcSession(connection, clock);
        try {
            T result = work.run(session);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback(connection, session);
            throw new StoreException("The change could not be committed and was undone: " + SqlErrors.describe(e), e);
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
    public int getSchemaVersion() {
        return schemaVersion;
    }

    @Override
    public void close() {
        pool.close();
        shutdown.run();
    }
}
