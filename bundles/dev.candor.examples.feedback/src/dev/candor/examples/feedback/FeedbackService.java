package dev.candor.examples.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.candor.examples.feedback.internal.FeedbackServiceImpl;
import dev.candor.services.DataTopics;
import dev.candor.services.ServiceContext;
import dev.candor.store.StoreException;

/**
 * The example's use cases: reading customers' survey answers and recording what was done about
 * one. Built, as a third party builds one, on Candor's public API: the answers live in the
 * example's own table (extension point {@code dev.candor.store.schemas}), each use case runs
 * through Candor's {@link ServiceContext} (transaction, permission check, audit entry) and
 * changes are announced on {@code dev/candor/data/feedback/*} of {@link DataTopics}.
 *
 * @noimplement This interface is not intended to be implemented by clients.
 * @since 0.1
 */
public interface FeedbackService {

    /** The entity segment of the example's change events. */
    String ENTITY = "feedback"; //$NON-NLS-1$

    /** Operation and audit action names. */
    String READ = "feedback.read"; //$NON-NLS-1$
    String ANSWER = "feedback.answer"; //$NON-NLS-1$

    Optional<Answer> find(long id) throws StoreException;

    /** A customer's answers, newest first. */
    List<Answer> listForCustomer(long customerId) throws StoreException;

    /** Everyone's answers received from {@code from} until before {@code to}, newest first, at most {@code limit}. */
    List<Answer> listReceived(Instant from, Instant to, int limit) throws StoreException;

    /**
     * Records what was done about an answer, now, if it was not changed since it was read.
     *
     * @throws dev.candor.store.ConflictException if it was changed or deleted meanwhile
     */
    Answer answer(Answer answer, String actionTaken) throws StoreException;

    /** The service on {@code context}, for tools that run without the OSGi services (tests too); in Candor, take the OSGi service. */
    static FeedbackService create(ServiceContext context) {
        return new FeedbackServiceImpl(context);
    }
}
