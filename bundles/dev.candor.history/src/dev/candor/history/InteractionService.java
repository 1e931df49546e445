package dev.candor.history;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.candor.history.internal.InteractionServiceImpl;
import dev.candor.model.Interaction;
import dev.candor.services.DataTopics;
import dev.candor.services.ServiceContext;
import dev.candor.store.ReviewMark;
import dev.candor.store.StoreException;

/**
 * The use cases of the interaction history: reading a customer's interactions and logging
 * new ones. Logging is one transaction with the permission check and an audit entry, and is
 * announced on {@link DataTopics#INTERACTION}.
 *
 * <p>An OSGi service while Candor's database is open.</p>
 *
 * @noimplement This interface is not intended to be implemented by clients.
 * @since 0.1
 */
public interface InteractionService {

    /** Operation and audit action names. */
    String READ = "interaction.read"; //$NON-NLS-1$
    String LOG = "interaction.log"; //$NON-NLS-1$

    Optional<Interaction> find(long id) throws StoreException;

    /** The interactions with these ids that still exist, in the order of {@code ids}. */
    List<Interaction> findAll(List<Long> ids) throws StoreException;

    long count() throws StoreException;

    /** A page of a customer's interactions, newest first. */
    List<Interaction> listForCustomer(long customerId, int offset, int limit) throws StoreException;

    /** The newest review of each of these interactions that has one. */
    Map<Long, ReviewMark> reviewMarks(Collection<Long> interactionIds) throws StoreException;

    /**
     * Logs a new interaction (id 0) of a stored customer.
     *
     * @throws dev.candor.store.InvalidDataException if it does not validate or its customer is gone;
     *                                               nothing is written
     */
    Interaction log(Interaction interaction) throws StoreException;

    /** The service on {@code context}, for tools that run without the OSGi services (tests too); in Candor, take the OSGi service. */
    static InteractionService create(ServiceContext context) {
        return new InteractionServiceImpl(context);
    }
}
