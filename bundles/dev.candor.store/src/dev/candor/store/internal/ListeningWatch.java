package dev.candor.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import dev.candor.store.ChangeWatch;
import dev.candor.store.StoreException;

/**
 * PostgreSQL tells a listening connection about every commit that appended to the change log
 * ({@code pg_notify} in {@link ChangeLogRows#append}). A lost connection is opened again at
 * the next {@link #await}; until then each call reports the loss, so the caller can say so.
 */
final class ListeningWatch implements ChangeWatch {

    private final ConnectionPool.ConnectionFactory factory;
    private final String location;
    private Connection connection;
    private volatile boolean closed;

    ListeningWatch(ConnectionPool.ConnectionFactory factory, String location) {
        this.factory = factory;
        this.location = location;
    }

    @Override
    public synchronized boolean await(long millis) throws StoreException, InterruptedException {
        if (closed) {
            throw new StoreException(StoreException.Code.CLOSED, Messages.Store_Closed, null);
        }
        try {
            boolean fresh = connection == null;
            if (fresh) {
                connection = factory.open();
                connection.setAutoCommit(true);
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + ChangeLogRows.CHANNEL); //$NON-NLS-1$
                }
            }
            PGNotification[] notifications = connection.unwrap(PGConnection.class)
                    .getNotifications((int) Math.max(1, Math.min(millis, Integer.MAX_VALUE)));
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            // after (re)connecting, changes may have been missed while no one listened
            return fresh || notifications != null && notifications.length > 0;
        } catch (SQLException e) {
            drop();
            throw SqlErrors.translate(e, location);
        }
    }

    private void drop() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // it is gone already
            }
            connection = null;
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (this) {
            drop();
        }
    }
}
