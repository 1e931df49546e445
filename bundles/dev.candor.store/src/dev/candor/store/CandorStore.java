package dev.candor.store;

/**
 * An open Candor database. Each {@link #call(StoreWork)} is one transaction:
 * committed when the work returns, rolled back when it throws, so a failure
 * never leaves a half-written record.
 *
 * <p>Thread safe: every call takes its own connection.</p>
 *
 * @noimplement This interface is not intended to be implemented by clients.
 * @since 0.1
 */
public interface CandorStore extends AutoCloseable {

    /** Runs the work in one transaction and returns its result. */
    <T> T call(StoreWork<T> work) throws StoreException;

    /** The configuration this store was opened with. */
    StoreConfiguration getConfiguration();

    /**
     * What went wrong with other bundles' tables when the database was opened (a migration
     * that failed, tables newer than their bundle), in the user's language; Candor's own data
     * is usable. Empty when all is well.
     *
     * @since 0.1
     */
    java.util.List<String> getProblems();

    /**
     * A watch on the other clients' commits, with a connection of its own (on PostgreSQL, one
     * that listens for notifications). The caller closes it.
     *
     * @since 0.1
     */
    ChangeWatch watchChanges() throws StoreException;

    /** The schema version of the open database. */
    int getSchemaVersion();

    /** Closes the connections and, for an embedded database, shuts it down so another process may open it. */
    @Override
    void close();
}
