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
 * The use cases of the interaction history: reading a customer's interactions, logging new
 * ones, correcting and deleting them. Each change is one transaction with the permission check
 * and an audit entry, and is announced on {@link DataTopics#INTERACTION}.
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
    String EDIT = "interaction.edit"; //$NON-NLS-1$
    String DELETE = "interaction.delete"; //$NON-NLS-1$

    /** The longest reason for a deletion, in characters. */
    int MAX_REASON = 1_000;

    /**
     * What deleting an interaction did besides removing it.
     *
     * @param interaction the interaction as it was
     * @param reviews     its ethics reviews, deleted with it
     * @param answers     the open "respond" commitments it had opened, cancelled
     * @param promises    the other commitments made in it, kept (no longer linked to it)
     */
    record Deleted(Interaction interaction, int reviews, int answers, int promises) {
    }

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

    /**
     * Saves a correction of a stored interaction: subject, notes, channel, direction, time,
     * participants, account manager, whether it awaits an answer, or the customer it belongs to.
     * The audit entry names the fields that changed (not their content). An interaction moved to
     * another customer takes the commitments made in it along; one that no longer awaits an
     * answer cancels the open "respond" commitment it had opened. Announced as
     * {@link dev.candor.services.DataTopics.Kind#UPDATED} with the customers before and after, so
     * the ethics review and the response-time policy are applied again.
     *
     * @throws dev.candor.store.ConflictException    if it changed or was deleted since it was read
     * @throws dev.candor.store.InvalidDataException if it does not validate or its (new) customer is gone;
     *                                               nothing is written
     */
    Interaction update(Interaction interaction) throws StoreException;

    /**
     * Deletes an interaction for a reason the audit entry keeps. Its reviews go with it; the open
     * "respond" commitments it opened are cancelled with that reason; the promises made in it stay.
     *
     * @throws dev.candor.store.InvalidDataException if the reason is empty or longer than {@value #MAX_REASON}
     *                                               characters; nothing is deleted
     * @throws dev.candor.store.ConflictException    if it changed or was deleted since it was read
     */
    Deleted delete(long id, int expectedVersion, String reason) throws StoreException;

    /** The service on {@code context}, for tools that run without the OSGi services (tests too); in Candor, take the OSGi service. */
    static InteractionService create(ServiceContext context) {
        return new InteractionServiceImpl(context);
    }
}
