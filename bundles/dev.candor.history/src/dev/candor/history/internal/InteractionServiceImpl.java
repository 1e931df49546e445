package dev.candor.history.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import dev.candor.history.InteractionService;
import dev.candor.model.Interaction;
import dev.candor.services.DataTopics;
import dev.candor.services.DataTopics.Kind;
import dev.candor.services.ServiceContext;
import dev.candor.store.ReviewMark;
import dev.candor.store.StoreException;

/**
 * {@link InteractionService} on a {@link ServiceContext}; also the Declarative Services
 * component, which gets the context once Candor's database is open.
 */
public final class InteractionServiceImpl implements InteractionService {

    private ServiceContext context;

    /** Declarative Services. */
    public InteractionServiceImpl() {
    }

    public InteractionServiceImpl(ServiceContext context) {
        this.context = context;
    }

    /** Declarative Services: the database's service context. */
    public void setContext(ServiceContext value) {
        context = value;
    }

    @Override
    public Optional<Interaction> find(long id) throws StoreException {
        return context.read(READ, session -> session.interactions().find(id));
    }

    @Override
    public List<Interaction> findAll(List<Long> ids) throws StoreException {
        return context.read(READ, session -> session.interactions().findAll(ids));
    }

    @Override
    public long count() throws StoreException {
        return context.read(READ, session -> session.interactions().count());
    }

    @Override
    public List<Interaction> listForCustomer(long customerId, int offset, int limit) throws StoreException {
        return context.read(READ, session -> session.interactions().listForCustomer(customerId, offset, limit));
    }

    @Override
    public Map<Long, ReviewMark> reviewMarks(Collection<Long> interactionIds) throws StoreException {
        return context.read(READ, session -> session.reviews().latest(interactionIds));
    }

    @Override
    public Interaction log(Interaction interaction) throws StoreException {
        if (interaction.getId() != 0) {
            throw new IllegalArgumentException("Already stored: " + interaction.getId()); //$NON-NLS-1$
        }
        return context.write(LOG, change -> {
            Interaction saved = change.session().interactions().save(interaction);
            change.audit(LOG, saved.getCustomerId(), NLS.bind(Messages.Audit_Logged,
                    new Object[] { saved.getChannel().getLiteral(), saved.getSubject(), saved.getId() }), null);
            change.changed(DataTopics.INTERACTION, Kind.CREATED, saved.getId(), saved.getCustomerId());
            return saved;
        });
    }
}
