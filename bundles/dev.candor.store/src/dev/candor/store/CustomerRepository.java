package dev.candor.store;

import java.util.Optional;
import java.util.function.Consumer;

import dev.candor.model.Customer;

/**
 * Customers with their contacts and tags.
 *
 * @noimplement This interface is not intended to be implemented by clients.
 * @since 0.1
 */
public interface CustomerRepository {

    Optional<Customer> find(long id) throws StoreException;

    /**
     * Inserts a customer whose id is 0, otherwise updates it if its version is
     * still the stored one. On success the object carries its id and new version.
     *
     * @throws InvalidDataException if the customer does not validate; nothing is written
     * @throws ConflictException if the stored version differs
     */
    Customer save(Customer customer) throws StoreException;

    /** Deletes a customer and everything attached to it, if its version is still {@code expectedVersion}. */
    void delete(long id, int expectedVersion) throws StoreException;

    long count() throws StoreException;

    /** Whether there is no customer at all: one index row read, where {@link #count()} reads them all. */
    boolean isEmpty() throws StoreException;

    /**
     * The first {@code limit} customers in name order (folded, then id), read
     * through the name index: what a list shows before all summaries are loaded.
     */
    java.util.List<CustomerSummary> firstSummariesByName(int limit) throws StoreException;

    /** The summaries of the customers with these ids that still exist, in the order of {@code ids}. */
    java.util.List<CustomerSummary> findSummaries(java.util.List<Long> ids) throws StoreException;

    /**
     * Customers that may be the same as {@code candidate}: the same e-mail
     * address, phone number or name, by the keys of {@link SearchKeys#email},
     * {@link SearchKeys#phone} and {@link SearchKeys#personName}; the candidate
     * itself (if stored) is left out. At most {@code limit}, by name.
     */
    java.util.List<CustomerSummary> findSimilar(dev.candor.model.Customer candidate, int limit) throws StoreException;

    /** What is attached to a customer. */
    RecordCounts countAttached(long id) throws StoreException;

    /**
     * The facts of a customer's profile header, with overdue counted at {@code now} and the
     * review scores of the last twelve months, the months taken in {@code zone}.
     */
    CustomerFacts facts(long id, java.util.Date now, java.time.ZoneId zone) throws StoreException;

    /**
     * Moves every interaction, commitment and row of a contributed schema that names customer
     * {@code fromId} to customer {@code toId} (ethics reviews follow their
     * interactions); part of a merge. Returns what was moved.
     */
    RecordCounts moveAttached(long fromId, long toId) throws StoreException;

    /** Streams the summaries of all customers, in id order. */
    void forEachSummary(Consumer<CustomerSummary> consumer) throws StoreException;

    /**
     * The customers {@code owner} owns with no interaction since {@code since} (none at all
     * included), longest quiet first (never contacted first), at most {@code limit}.
     *
     * @since 0.1
     */
    java.util.List<LastContact> quietSince(String owner, java.util.Date since, int limit) throws StoreException;
}
