package dev.candor.store;

import java.time.Instant;
import java.util.List;

import dev.candor.model.Customer;

/**
 * Customers imported in many short transactions and shown to nobody until the import is
 * published, so that a large import neither holds locks that block colleagues for its whole
 * length nor ever leaves half a file behind.
 * <ol>
 * <li>{@link #begin} (its own transaction);</li>
 * <li>{@link #stage} any number of times, each in a short transaction of its own;</li>
 * <li>{@link #publish} in the transaction that records the import: from its commit every client
 * sees all of the import's customers, and the updates it carries are applied;</li>
 * <li>{@link #settle} a chunk at a time after it, in short transactions, until it returns 0:
 * the customers then get their change numbers and search indexes take them in.</li>
 * </ol>
 * An import that fails or is cancelled is {@link #discard discarded}, also a chunk at a time.
 * Imports a client left unfinished (it stopped or crashed) are found by {@link #unfinished}.
 *
 * @noimplement This interface is not intended to be implemented by clients.
 * @since 0.1
 */
public interface CustomerImports {

    /** An import left unfinished: {@code published} ones are to be settled, the others discarded. */
    record Unfinished(long id, String startedBy, boolean published, Instant touchedAt) {
    }

    /** Starts an import by {@code user}; returns its id. */
    long begin(String user, Instant now) throws StoreException;

    /**
     * Writes customers for import {@code id}: a new one (id 0) is written unseen and gets its id;
     * an update of a customer (id and version set) is kept until {@link #publish}, which applies
     * it if the customer's version is still the one given.
     *
     * @throws InvalidDataException if a customer does not validate; nothing of the call is written
     */
    void stage(long id, List<Customer> customers, Instant now) throws StoreException;

    /**
     * Applies the import's updates and shows its new customers to everyone, in the caller's
     * transaction.
     *
     * @return how many customers were updated
     * @throws ConflictException if a customer to be updated was changed meanwhile
     */
    int publish(long id) throws StoreException;

    /**
     * Makes up to {@code limit} customers of a published import ordinary (searchable) records.
     *
     * @return how many; 0 when the import is settled (and forgotten)
     */
    int settle(long id, int limit) throws StoreException;

    /**
     * Deletes up to {@code limit} customers of an unpublished import.
     *
     * @return how many; 0 when nothing of it is left (and it is forgotten)
     */
    int discard(long id, int limit) throws StoreException;

    /**
     * Marks import {@code id} as still running, so that others do not take it for abandoned (see
     * {@link #unfinished}).
     */
    void touch(long id, Instant now) throws StoreException;

    /** Every import not yet settled or discarded, oldest first. */
    List<Unfinished> unfinished() throws StoreException;
}
