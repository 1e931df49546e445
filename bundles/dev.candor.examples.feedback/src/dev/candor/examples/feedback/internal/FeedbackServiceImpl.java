package dev.candor.examples.feedback.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import dev.candor.examples.feedback.Answer;
import dev.candor.examples.feedback.FeedbackService;
import dev.candor.services.DataTopics.Kind;
import dev.candor.services.ServiceContext;
import dev.candor.store.ConflictException;
import dev.candor.store.StoreException;

/** {@link FeedbackService} on Candor's {@link ServiceContext}; also its Declarative Services component. */
public final class FeedbackServiceImpl implements FeedbackService {

    private ServiceContext context;

    /** Declarative Services. */
    public FeedbackServiceImpl() {
    }

    public FeedbackServiceImpl(ServiceContext context) {
        this.context = context;
    }

    /** Declarative Services: Candor's service context, there while the database is open. */
    public void setContext(ServiceContext value) {
        context = value;
    }

    @Override
    public Optional<Answer> find(long id) throws StoreException {
        return context.read(READ, session -> new Answers(session.sql()).find(id));
    }

    @Override
    public List<Answer> listForCustomer(long customerId) throws StoreException {
        return context.read(READ, session -> new Answers(session.sql()).listForCustomer(customerId));
    }

    @Override
    public List<Answer> listReceived(Instant from, Instant to, int limit) throws StoreException {
        return context.read(READ, session -> new Answers(session.sql()).listReceived(from, to, limit));
    }

    @Override
    public Answer answer(Answer answer, String actionTaken) throws StoreException {
        return context.write(ANSWER, change -> {
            Answers answers = new Answers(change.session().sql());
            Answer stored = answers.find(answer.id()).orElseThrow(
                    () -> new ConflictException(Messages.Answer_Gone, answer.id(), answer.version(), -1));
            Answer saved = answers.update(new Answer(answer.id(), answer.version(), stored.customerId(),
                    stored.interactionId(), stored.receivedAt(), stored.rating(), stored.text(), change.now(),
                    actionTaken));
            change.audit(ANSWER, saved.customerId(), NLS.bind(Messages.Audit_Answered, saved.rating()), actionTaken);
            change.changed(ENTITY, Kind.UPDATED, saved.id(), saved.customerId());
            return saved;
        });
    }
}
