package dev.candor.store;

import java.util.Date;
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

    /**
     * Commitments as a list shows them, soonest due first: all of them, or only the
     * open and renegotiated ones; {@code customerId} 0 means every customer.
     *
     * @since 0.1
     */
    List<CommitmentSummary> summaries(long customerId, boolean openOnly) throws StoreException;

    /**
     * The first {@code limit} open commitments by due time, straight from an index, so a
     * view can paint before it has read them all.
     *
     * @since 0.1
     */
    List<CommitmentSummary> firstOpen(int limit) throws StoreException;

    /**
     * Open and renegotiated commitments due before {@code limit}, soonest first, straight from
     * the due-time index: what reminders need without reading every commitment.
     *
     * @since 0.1
     */
    List<CommitmentSummary> openDueBefore(Date limit) throws StoreException;

    /**
     * One person's open and renegotiated commitments due before {@code limit}, soonest first,
     * from the (OWNER, STATUS) index: what the person's day holds.
     *
     * @since 0.1
     */
    List<CommitmentSummary> openOf(String owner, Date limit) throws StoreException;

    /** The commitments made in or owed for one interaction. @since 0.1 */
    List<Commitment> listForInteraction(long interactionId) throws StoreException;

    /** Kept-on-time figures per account manager ({@code byOwner}) or per customer, as of {@code now}. @since 0.1 */
    List<KeptRate> keptRates(boolean byOwner, Date now) throws StoreException;
}
