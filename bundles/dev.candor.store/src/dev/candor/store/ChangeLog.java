package dev.candor.store;

import java.time.Instant;
import java.util.List;

/**
 * The changes every client of a database commits, in order, so that each client shows the
 * others' changes without being asked (the application services append to it in the
 * transaction of each change; see {@link CandorStore#watchChanges()}).
 *
 * @noimplement This interface is not intended to be implemented by clients.
 * @since 0.1
 */
public interface ChangeLog {

    /**
     * Appends a change to the current transaction; other clients see it once it commits (on
     * PostgreSQL they are told at the commit). Lists of more ids than a row keeps are stored as
     * "not known one by one" (empty).
     *
     * @param origin the client making it, so that a client can tell its own changes from others'
     */
    LoggedChange append(String origin, String actor, Instant at, String entity, String kind, long[] ids,
            long[] customerIds) throws StoreException;

    /** The changes numbered above {@code after}, oldest first, at most {@code limit}. */
    List<LoggedChange> since(long after, int limit) throws StoreException;

    /** The number of the newest change; 0 when there is none. */
    long last() throws StoreException;

    /** The number of the oldest change kept; 0 when there is none. */
    long first() throws StoreException;

    /** Forgets the changes made before {@code before}; returns how many. */
    int prune(Instant before) throws StoreException;
}
