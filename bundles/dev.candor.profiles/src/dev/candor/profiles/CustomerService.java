package dev.candor.profiles;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

import dev.candor.model.Customer;
import dev.candor.profiles.internal.CustomerServiceImpl;
import dev.candor.services.DataTopics;
import dev.candor.services.ServiceContext;
import dev.candor.store.CustomerFacts;
import dev.candor.store.CustomerSummary;
import dev.candor.store.RecordCounts;
import dev.candor.store.StoreException;

/**
 * The use cases of customer profiles: reading them, creating, editing, de-duplicating,
 * merging and deleting. Every one is one transaction that passes the permission check;
 * every change writes one audit entry and is announced on {@link DataTopics#CUSTOMER}
 * (and on the interactions and commitments it moved or removed).
 *
 * <p>An OSGi service while Candor's database is open.</p>
 *
 * @noimplement This interface is not intended to be implemented by clients.
 * @since 0.1
 */
public interface CustomerService {

    /** Operation and audit action names. */
    String READ = "customer.read"; //$NON-NLS-1$
    String CREATE = "customer.create"; //$NON-NLS-1$
    String UPDATE = "customer.update"; //$NON-NLS-1$
    String MERGE = "customer.merge"; //$NON-NLS-1$
    String DELETE = "customer.delete"; //$NON-NLS-1$

    Optional<Customer> find(long id) throws StoreException;

    long count() throws StoreException;

    /** The first {@code limit} customers by name. */
    List<CustomerSummary> firstByName(int limit) throws StoreException;

    /** Every customer's summary, in id order. */
    List<CustomerSummary> allSummaries() throws StoreException;

    /** The summaries of these customers that still exist, in the order of {@code ids}. */
    List<CustomerSummary> summaries(List<Long> ids) throws StoreException;

    /** Stored customers that may be the same as {@code candidate} (same e-mail, phone or name). */
    List<CustomerSummary> similarTo(Customer candidate) throws StoreException;

    /** The facts of a profile's header as of now; months of the scores in the user's zone. */
    CustomerFacts facts(long id) throws StoreException;

    /** What is attached to a customer: what a deletion removes and a merge moves. */
    RecordCounts attached(long id) throws StoreException;

    /**
     * Stores a new customer (id 0).
     *
     * @throws dev.candor.store.InvalidDataException if it does not validate; nothing is written
     */
    Customer create(Customer customer) throws StoreException;

    /**
     * Stores the edited customer if nobody changed it since it was read; the audit entry names
     * the changed fields.
     *
     * @throws dev.candor.store.ConflictException if it was changed or deleted meanwhile
     */
    Customer update(Customer customer) throws StoreException;

    /**
     * Merges {@code duplicate} into {@code survivor} in one transaction (see
     * {@link CustomerMerge#combine}): everything attached moves, the duplicate is deleted.
     * A record changed since the user chose it stops the merge with a
     * {@link dev.candor.store.ConflictException}; cancelling before the commit undoes it all.
     */
    MergeResult merge(long survivorId, int survivorVersion, long duplicateId, int duplicateVersion,
            IProgressMonitor monitor) throws StoreException;

    /** Deletes a customer with everything attached, if it is still at {@code version}. */
    RecordCounts delete(long id, int version) throws StoreException;

    /**
     * Groups all customers that share an e-mail address, a phone number, or a name in the same
     * city. Reads summaries only; cancellable.
     */
    List<DuplicateGroup> findDuplicates(IProgressMonitor monitor) throws StoreException;

    /** The service on {@code context}, for tools that run without the OSGi services (tests too); in Candor, take the OSGi service. */
    static CustomerService create(ServiceContext context) {
        return new CustomerServiceImpl(context);
    }
}
