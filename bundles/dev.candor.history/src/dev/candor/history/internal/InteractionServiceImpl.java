package dev.candor.history.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import dev.candor.commitments.Commitments;
import dev.candor.history.InteractionService;
import dev.candor.model.Commitment;
import dev.candor.model.CommitmentKind;
import dev.candor.model.CommitmentStatus;
import dev.candor.model.Direction;
import dev.candor.model.Interaction;
import dev.candor.model.validation.ModelValidation;
import dev.candor.nls.Plurals;
import dev.candor.services.Change;
import dev.candor.services.DataTopics;
import dev.candor.services.DataTopics.Kind;
import dev.candor.services.ServiceContext;
import dev.candor.store.CommitmentSummary;
import dev.candor.store.ConflictException;
import dev.candor.store.InvalidDataException;
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

    @Override
    public Interaction update(Interaction interaction) throws StoreException {
        if (interaction.getId() == 0) {
            throw new IllegalArgumentException("Not stored yet: use log"); //$NON-NLS-1$
        }
        return context.write(EDIT, change -> {
            var session = change.session();
            Interaction before = session.interactions().find(interaction.getId())
                    .orElseThrow(() -> new ConflictException(NLS.bind(Messages.Edit_Deleted, interaction.getSubject()),
                            interaction.getId(), interaction.getVersion(), -1));
            Interaction saved = session.interactions().save(interaction);
            List<String> fields = ModelValidation.changedFields(before, saved);
            long from = before.getCustomerId();
            long to = saved.getCustomerId();
            boolean awaits = saved.getDirection() == Direction.INBOUND && saved.isAwaitingResponse();
            Set<Long> commitments = new LinkedHashSet<>();
            for (Commitment c : session.commitments().listForInteraction(saved.getId())) {
                boolean touched = false;
                if (from != to && c.getCustomerId() == from) {
                    // the promises of a conversation logged on the wrong customer belong to the right one
                    c.setCustomerId(to);
                    touched = true;
                }
                if (!awaits && c.getKind() == CommitmentKind.RESPOND && CommitmentSummary.isOpen(c.getStatus())) {
                    cancel(c, change, NLS.bind(Messages.Edit_NoAnswerOwed, saved.getSubject()));
                    touched = true;
                }
                if (touched) {
                    commitments.add(session.commitments().save(c).getId());
                }
            }
            String summary = NLS.bind(Messages.Audit_Edited, new Object[] { saved.getChannel().getLiteral(),
                    saved.getSubject(), saved.getId(),
                    fields.isEmpty() ? Messages.Audit_NothingChanged : String.join(", ", fields) }); //$NON-NLS-1$
            if (from != to) {
                summary += " " + NLS.bind(Messages.Audit_Moved, from, to); //$NON-NLS-1$
            }
            change.audit(EDIT, to, summary, String.join("\n", fields)); //$NON-NLS-1$
            long[] customers = from == to ? new long[] { to } : new long[] { from, to };
            change.changed(DataTopics.INTERACTION, Kind.UPDATED, new long[] { saved.getId() }, customers);
            if (!commitments.isEmpty()) {
                change.changed(DataTopics.COMMITMENT, Kind.UPDATED,
                        commitments.stream().mapToLong(Long::longValue).toArray(), customers);
            }
            return saved;
        });
    }

    @Override
    public Deleted delete(long id, int expectedVersion, String reason) throws StoreException {
        String why = reason == null ? "" : reason.strip(); //$NON-NLS-1$
        if (why.isEmpty()) {
            throw new InvalidDataException(List.of(Messages.Delete_NoReason));
        }
        if (why.length() > MAX_REASON) {
            throw new InvalidDataException(List.of(Plurals.format(Messages.Delete_ReasonTooLong, why.length(), MAX_REASON)));
        }
        return context.write(DELETE, change -> {
            var session = change.session();
            Interaction before = session.interactions().find(id).orElseThrow(
                    () -> new ConflictException(Messages.Delete_Gone, id, expectedVersion, -1));
            if (before.getVersion() != expectedVersion) {
                throw new ConflictException(NLS.bind(Messages.Delete_Changed, before.getSubject()), id, expectedVersion,
                        before.getVersion());
            }
            int reviews = session.reviews().forInteraction(id).size();
            int answers = 0;
            List<Long> commitments = new ArrayList<>();
            for (Commitment c : session.commitments().listForInteraction(id)) {
                if (c.getKind() == CommitmentKind.RESPOND && CommitmentSummary.isOpen(c.getStatus())) {
                    cancel(c, change, NLS.bind(Messages.Delete_AnswerCancelled, why));
                    session.commitments().save(c);
                    answers++;
                }
                commitments.add(c.getId());
            }
            session.interactions().delete(id, expectedVersion);
            long customer = before.getCustomerId();
            change.audit(DELETE, customer, NLS.bind(Messages.Audit_Deleted,
                    new Object[] { before.getChannel().getLiteral(), before.getSubject(), id, why }), why);
            change.changed(DataTopics.INTERACTION, Kind.DELETED, id, customer);
            if (reviews > 0) {
                change.changed(DataTopics.REVIEW, Kind.DELETED, new long[0], customer);
            }
            if (!commitments.isEmpty()) {
                change.changed(DataTopics.COMMITMENT, Kind.UPDATED,
                        commitments.stream().mapToLong(Long::longValue).toArray(), customer);
            }
            return new Deleted(before, reviews, answers, commitments.size() - answers);
        });
    }

    /** Closes an open commitment as cancelled, by the user, with {@code note} in its history (the commitments' own rule). */
    private static void cancel(Commitment commitment, Change change, String note) {
        Commitments.changeStatus(commitment, CommitmentStatus.CANCELLED, change.user(), note, null, change.now());
    }

}
