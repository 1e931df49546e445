package dev.candor.store;

import java.util.List;
import java.util.Optional;

import dev.candor.model.Feedback;

/**
 * What customers said about the service.
 *
 * @noimplement This interface is not intended to be implemented by clients.
 * @since 0.1
 */
public interface FeedbackRepository {

    Optional<Feedback> find(long id) throws StoreException;

    Feedback save(Feedback feedback) throws StoreException;

    /** A customer's feedback, newest first. */
    List<Feedback> listForCustomer(long customerId) throws StoreException;

    /**
     * The team's feedback received from {@code from} (inclusive) to {@code to} (exclusive),
     * newest first, at most {@code limit}.
     */
    List<Feedback> listReceived(java.util.Date from, java.util.Date to, int limit) throws StoreException;
}
