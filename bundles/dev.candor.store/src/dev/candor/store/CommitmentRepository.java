package dev.candor.store;

import java.util.List;
import java.util.Optional;

import dev.candor.model.Commitment;

/**
 * Promises made to customers, each with its status history.
 *
 * @noimplement This interface is not intended to be implemented by clients.
 * @since 0.1
 */
public interface CommitmentRepository {

    Optional<Commitment> find(long id) throws StoreException;

    /** Inserts (id 0) or updates with an optimistic-lock check; history entries are append-only. */
    Commitment save(Commitment commitment) throws StoreException;

    void delete(long id, int expectedVersion) throws StoreException;

    long count() throws StoreException;

    /** A customer's commitments, soonest due first. */
    List<Commitment> listForCustomer(long customerId) throws StoreException;
}
