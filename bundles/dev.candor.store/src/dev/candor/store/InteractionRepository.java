package dev.candor.store;

import java.util.List;
import java.util.Optional;

import dev.candor.model.Interaction;

/**
 * Calls, e-mails, meetings, chats, social messages and letters.
 *
 * @noimplement This interface is not intended to be implemented by clients.
 * @since 0.1
 */
public interface InteractionRepository {

    Optional<Interaction> find(long id) throws StoreException;

    /** Inserts (id 0) or updates with an optimistic-lock check. */
    Interaction save(Interaction interaction) throws StoreException;

    void delete(long id, int expectedVersion) throws StoreException;

    long count() throws StoreException;

    long countForCustomer(long customerId) throws StoreException;

    /** The interactions with these ids that still exist, in the order of {@code ids}. */
    List<Interaction> findAll(List<Long> ids) throws StoreException;

    /** A page of a customer's interactions, newest first. */
    List<Interaction> listForCustomer(long customerId, int offset, int limit) throws StoreException;
}
