package dev.candor.store;

/**
 * Waits for other clients' commits: on PostgreSQL a notification arrives the moment one
 * commits; on Derby there is none, so {@link #await} returns after a short interval for the
 * caller to look at the {@link ChangeLog}. Closing it releases its connection.
 *
 * @noimplement This interface is not intended to be implemented by clients.
 * @since 0.1
 */
public interface ChangeWatch extends AutoCloseable {

    /**
     * Waits at most {@code millis} for a change. Returns {@code true} when the change log may
     * have grown (a notification, or the polling interval of a database that sends none).
     *
     * @throws StoreException when the database cannot be reached (the caller retries later)
     */
    boolean await(long millis) throws StoreException, InterruptedException;

    @Override
    void close();
}
