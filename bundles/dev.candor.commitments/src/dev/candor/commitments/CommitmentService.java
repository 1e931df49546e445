package dev.candor.commitments;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.candor.commitments.internal.CommitmentServiceImpl;
import dev.candor.model.Commitment;
import dev.candor.model.CommitmentStatus;
import dev.candor.model.Interaction;
import dev.candor.model.Priority;
import dev.candor.services.DataTopics;
import dev.candor.services.ServiceContext;
import dev.candor.store.CommitmentSummary;
import dev.candor.store.KeptRate;
import dev.candor.store.StoreException;

/**
 * The use cases of commitments: promises made, their status changed with a reason, the answers
 * owed under the teams' response-time policies, and the policies themselves. Each is one
 * transaction with the permission check; changes write an audit entry and are announced on
 * {@link DataTopics#COMMITMENT} (policies on {@link DataTopics#SETTINGS}).
 *
 * <p>An OSGi service while Candor's database is open.</p>
 *
 * @noimplement This interface is not intended to be implemented by clients.
 * @since 0.1
 */
public interface CommitmentService {

    /** Operation and audit action names. */
    String READ = "commitment.read"; //$NON-NLS-1$
    String PROMISE = "commitment.promise"; //$NON-NLS-1$
    String CHANGE_STATUS = "commitment.status"; //$NON-NLS-1$
    String RESPOND = "commitment.respond"; //$NON-NLS-1$
    String SAVE_POLICIES = "policy.save"; //$NON-NLS-1$

    Optional<Commitment> find(long id) throws StoreException;

    /** The first {@code limit} open commitments, soonest due first. */
    List<CommitmentSummary> firstOpen(int limit) throws StoreException;

    /** A customer's commitments ({@code customerId} 0: everyone's), soonest due first. */
    List<CommitmentSummary> summaries(long customerId, boolean openOnly) throws StoreException;

    /** Open commitments due before {@code limit}, overdue ones included. */
    List<CommitmentSummary> openDueBefore(Instant limit) throws StoreException;

    /** Kept-on-time figures per account manager ({@code byOwner}) or per customer, as of now. */
    List<KeptRate> keptRates(boolean byOwner) throws StoreException;

    /**
     * Stores new promises (id 0) in one transaction; those without a creation time are made now.
     *
     * @return them, saved
     */
    List<Commitment> promise(List<Commitment> promises) throws StoreException;

    /**
     * Moves these commitments to {@code status} in one transaction, all or none, recording who
     * and why (see {@link Commitments#changeStatus}).
     *
     * @throws dev.candor.store.ConflictException if one was changed or deleted since it was read
     * @throws IllegalArgumentException           with a message for the user if the change is not allowed
     */
    void changeStatus(List<CommitmentSummary> which, CommitmentStatus status, String note, Instant newDue)
            throws StoreException;

    /** Every team's response-time policy (see {@link ResponsePolicies}). */
    ResponsePolicies policies() throws StoreException;

    /**
     * Stores the policies that differ from {@code before} (or were never stored), in one
     * transaction; returns every team's policy as now stored.
     */
    List<ResponsePolicies.Stored> savePolicies(List<ResponsePolicies.Stored> before, List<ResponsePolicy> edited)
            throws StoreException;

    /** What logging an interaction brought: the answers owed or kept, and the promises its text makes. */
    record Logged(Interaction interaction, String customerName, List<Commitment> changed, ResponsePolicy policy,
            List<PromiseSuggestion> promises, Instant followUp) {
    }

    /**
     * Applies the response-time policy to a logged interaction (opens or keeps the answers owed,
     * {@link Commitments#interactionLogged}) and finds the promises its text makes that are not
     * tracked yet as commitments made in it; empty if it is gone. Also after a correction of the
     * interaction: the policy is applied to it as it is now.
     */
    Optional<Logged> interactionLogged(long interactionId, Priority priority) throws StoreException;

    /**
     * Finds again the promises an interaction logged earlier makes (the suggestions were
     * dismissed, or Candor stopped while it offered them), leaving out those already tracked as
     * commitments made in it. Changes nothing; empty if the interaction is gone.
     */
    Optional<Logged> promisesOf(long interactionId) throws StoreException;

    /**
     * The day of the account manager {@code who} ({@code null}: the user), as of now in their
     * team's time zone (see {@link MyDay}). Reads only.
     */
    default MyDay myDay(String who) throws StoreException {
        return myDay(who, true);
    }

    /**
     * As {@link #myDay(String)}; without {@code withQuiet} the customers not contacted are not
     * read (they take a look at each of the person's customers): the commitments first, quickly.
     */
    MyDay myDay(String who, boolean withQuiet) throws StoreException;

    /** The service on {@code context}, for tools that run without the OSGi services (tests too); in Candor, take the OSGi service. */
    static CommitmentService create(ServiceContext context) {
        return new CommitmentServiceImpl(context);
    }
}
