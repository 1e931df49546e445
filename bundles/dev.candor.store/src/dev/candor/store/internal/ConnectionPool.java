package dev.candor.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Keeps a few idle connections: opening one costs milliseconds embedded and a
 * round trip over the network.
 */
final class ConnectionPool implements AutoCloseable {

    @FunctionalInterface
    interface ConnectionFactory {
        Connection open() throws SQLException;
    }

    private static final int MAX_IDLE = 8;
    private final ConnectionFactory factory;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    /** The message of the SQLException of a closed pool, which SqlErrors recognises. */
    static final String CLOSED = "the Candor store is closed"; //$NON-NLS-1$
    private volatile boolean closed;

    ConnectionPool(ConnectionFactory factory) {
        this.factory = factory;
    }

    ConnectionFactory factory() {
        return factory;
    }

    Connection take() throws SQLException {
        if (closed) {
            throw new SQLException(CLOSED, "08003"); //$NON-NLS-1$
        }
        Connection connection;
        while ((connection = idle.pollFirst()) != null) {
            if (!connection.isClosed()) {
                return connection;
            }
        }
        connection = factory.open();
        connection.setAutoCommit(false);
        return connection;
    }

    void give(Connection connection) {
        try {
            if (closed || connection.isClosed() || idle.size() >= MAX_IDLE) {
                connection.close();
            } else {
                idle.offerFirst(connection);
            }
        } catch (SQLException e) {
            // a broken connection is dropped; the next take opens a fresh one
        }
    }

    /**
     * Closes the idle connections: after a lost connection the others to the same server are
     * dead too, and each would fail one more call before the pool noticed.
     */
    void discardIdle() {
        Connection connection;
        while ((connection = idle.pollFirst()) != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // it is gone already
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        Connection connection;
        while ((connection = idle.pollFirst()) != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
    }
}
