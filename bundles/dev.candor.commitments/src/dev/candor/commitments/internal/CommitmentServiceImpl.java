package dev.candor.commitments.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import dev.candor.commitments.CommitmentService;
import dev.candor.commitments.Commitments;
import dev.candor.commitments.PromiseSuggestion;
import dev.candor.commitments.ResponsePolicies;
import dev.candor.commitments.ResponsePolicy;
import dev.candor.model.Commitment;
import dev.candor.model.CommitmentStatus;
import dev.candor.model.Customer;
import dev.candor.model.Interaction;
import dev.candor.model.Priority;
import dev.candor.services.DataTopics;
import dev.candor.services.DataTopics.Kind;
import dev.candor.services.ServiceContext;
import dev.candor.store.CommitmentSummary;
import dev.candor.store.ConflictException;
import dev.candor.store.KeptRate;
import dev.candor.store.StoreException;
import dev.candor.store.StoreSession;

/**
 * {@link CommitmentService} on a {@link ServiceContext}; also the Declarative Services
 * component, which gets the context once Candor's database is open.
 */
public final class CommitmentServiceImpl implements CommitmentService {

    private ServiceContext context;

    /** Declarative Services. */
    public CommitmentServiceImpl() {
    }

    public CommitmentServiceImpl(ServiceContext context) {
        this.context = context;
    }

    /** Declarative Services: the database's service context. */
    public void setContext(ServiceContext value) {
        context = value;
    }

    @Override
    public Optional<Commitment> find(long id) throws StoreException {
        return context.read(READ, session -> session.commitments().find(id));
    }

    @Override
    public List<CommitmentSummary> firstOpen(int limit) throws StoreException {
        return context.read(READ, session -> session.commitments().firstOpen(limit));
    }

    @Override
    public List<CommitmentSummary> summaries(long customerId, boolean openOnly) throws StoreException {
        return context.read(READ, session -> session.commitments().summaries(customerId, openOnly));
    }

    @Override
    public List<CommitmentSummary> openDueBefore(Instant limit) throws StoreException {
        return context.read(READ, session -> session.commitments().openDueBefore(Date.from(limit)));
    }

    @Override
    public List<KeptRate> keptRates(boolean byOwner) throws StoreException {
        Date now = Date.from(context.clock().instant());
        return context.read(READ, session -> session.commitments().keptRates(byOwner, now));
    }

    @Override
    public List<Commitment> promise(List<Commitment> promises) throws StoreException {
        return context.write(PROMISE, change -> {
            List<Commitment> saved = new ArrayList<>();
            for (Commitment c : promises) {
                if (c.getId() != 0) {
                    throw new IllegalArgumentException("Already stored: " + c.getId()); //$NON-NLS-1$
                }
                if (c.getCreatedAt() == null) {
                    c.setCreatedAt(Date.from(change.now()));
                }
                saved.add(change.session().commitments().save(c));
                change.audit(PROMISE, c.getCustomerId(), NLS.bind(Messages.Audit_Promised, c.getDescription(),
                        c.getOwner()), null);
                change.changed(DataTopics.COMMITMENT, Kind.CREATED, c.getId(), c.getCustomerId());
            }
            return saved;
        });
    }

    @Override
    public void changeStatus(List<CommitmentSummary> which, CommitmentStatus status, String note, Instant newDue)
            throws StoreException {
        context.write(CHANGE_STATUS, change -> {
            for (CommitmentSummary summary : which) {
                Commitment c = change.session().commitments().find(summary.id()).orElseThrow(
                        () -> new ConflictException(NLS.bind(Messages.Status_Deleted, summary.description()),
                                summary.id(), summary.version(), -1));
                if (c.getVersion() != summary.version()) {
                    throw new ConflictException(NLS.bind(Messages.Status_ChangedMeanwhile, summary.description()),
                            summary.id(), summary.version(), c.getVersion());
                }
                CommitmentStatus from = c.getStatus();
                Commitments.changeStatus(c, status, change.user(), note, newDue, change.now());
                change.session().commitments().save(c);
                change.audit(CHANGE_STATUS, c.getCustomerId(), NLS.bind(Messages.Audit_StatusChanged,
                        new Object[] { c.getDescription(), from.getLiteral(), status.getLiteral() }), note);
                change.changed(DataTopics.COMMITMENT, Kind.UPDATED, c.getId(), c.getCustomerId());
            }
            return null;
        });
    }

    @Override
    public ResponsePolicies policies() throws StoreException {
        return context.read(READ, this::policies);
    }

    /** The policies, problems of unreadable ones logged (their defaults apply). */
    private ResponsePolicies policies(StoreSession session) throws StoreException {
        List<String> problems = new ArrayList<>();
        ResponsePolicies policies = ResponsePolicies.load(session, context.clock().getZone(), problems);
        for (String problem : problems) {
            org.eclipse.core.runtime.ILog.of(CommitmentServiceImpl.class)
                    .log(org.eclipse.core.runtime.Status.warning(problem));
        }
        return policies;
    }

    @Override
    public List<ResponsePolicies.Stored> savePolicies(List<ResponsePolicies.Stored> before, List<ResponsePolicy> edited)
            throws StoreException {
        if (before.size() != edited.size()) {
            throw new IllegalArgumentException("one edited policy per team"); //$NON-NLS-1$
        }
        return context.write(SAVE_POLICIES, change -> {
            List<ResponsePolicies.Stored> result = new ArrayList<>(before);
            for (int i = 0; i < before.size(); i++) {
                ResponsePolicies.Stored stored = before.get(i);
                if (stored.version() == 0 || !edited.get(i).equals(stored.policy())) {
                    result.set(i, ResponsePolicies.save(change.session(), edited.get(i), stored.version(), change.user()));
                    change.audit(SAVE_POLICIES, 0, NLS.bind(Messages.Audit_PolicySaved, edited.get(i).team()),
                            edited.get(i).format());
                }
            }
            change.changed(DataTopics.SETTINGS, Kind.UPDATED, new long[0]);
            return result;
        });
    }

    @Override
    public dev.candor.commitments.MyDay myDay(String who, boolean withQuiet) throws StoreException {
        String person = who == null || who.isBlank() ? context.user() : who.strip();
        Instant now = context.clock().instant();
        return context.read(READ, session -> {
            ResponsePolicy policy = policies(session).policyFor(person);
            java.time.ZoneId zone = policy.calendar().zone();
            List<dev.candor.store.CommitmentSummary> open = session.commitments().openOf(person,
                    java.util.Date.from(now.plus(dev.candor.commitments.MyDay.HORIZON)));
            List<dev.candor.store.LastContact> quiet = !withQuiet ? List.of() : session.customers().quietSince(person,
                    java.util.Date.from(dev.candor.commitments.MyDay.quietBefore(now, policy.quietDays())),
                    dev.candor.commitments.MyDay.QUIET_LIMIT);
            return dev.candor.commitments.MyDay.of(person, now, zone, open, quiet, policy.quietDays(), withQuiet);
        });
    }

    @Override
    public Optional<Logged> promisesOf(long interactionId) throws StoreException {
        Instant now = context.clock().instant();
        return context.read(READ, session -> {
            Interaction interaction = session.interactions().find(interactionId).orElse(null);
            if (interaction == null) {
                return Optional.<Logged>empty();
            }
            return Optional.of(logged(session, interaction, policies(session), List.of(), Priority.MEDIUM, now,
                    untracked(session, interactionId)));
        });
    }

    @Override
    public Optional<Logged> interactionLogged(long interactionId, Priority priority) throws StoreException {
        Instant now = context.clock().instant();
        return context.write(RESPOND, change -> {
            StoreSession session = change.session();
            Interaction interaction = session.interactions().find(interactionId).orElse(null);
            if (interaction == null) {
                return Optional.<Logged>empty();
            }
            ResponsePolicies policies = policies(session);
            List<Commitment> changed = Commitments.interactionLogged(session, interaction, policies, priority);
            for (Commitment c : changed) {
                boolean opened = c.getHistory().isEmpty();
                change.audit(RESPOND, c.getCustomerId(), NLS.bind(opened ? Messages.Audit_AnswerOwed
                        : Messages.Audit_AnswerGiven, c.getDescription()), null);
                change.changed(DataTopics.COMMITMENT, opened ? Kind.CREATED : Kind.UPDATED, c.getId(),
                        c.getCustomerId());
            }
            // a corrected interaction comes here again: what is tracked already is not offered twice
            return Optional.of(logged(session, interaction, policies, changed, priority, now,
                    untracked(session, interactionId)));
        });
    }

    /** The promises not tracked yet as commitments made in the interaction {@code interactionId}. */
    private static java.util.function.Predicate<PromiseSuggestion> untracked(StoreSession session, long interactionId)
            throws StoreException {
        java.util.Set<String> tracked = new java.util.HashSet<>(session.sql().query(
                "SELECT DESCRIPTION FROM COMMITMENT WHERE SOURCE_INTERACTION_ID = ?", //$NON-NLS-1$
                row -> Commitments.normalised(row.getString(1)), interactionId));
        return p -> !tracked.contains(Commitments.normalised(p.sentence()));
    }

    /**
     * What an interaction brings: its customer's name, its account manager's policy, the promises
     * its text makes that {@code keep} lets through, and when the follow-up is due.
     */
    private static Logged logged(StoreSession session, Interaction interaction, ResponsePolicies policies,
            List<Commitment> changed, Priority priority, Instant now,
            java.util.function.Predicate<PromiseSuggestion> keep) throws StoreException {
        String customerName = session.customers().find(interaction.getCustomerId()).map(Customer::getName)
                .orElse("?"); //$NON-NLS-1$
        ResponsePolicy policy = policies.policyFor(interaction.getAccountManager());
        List<PromiseSuggestion> promises = Commitments.promisesIn(interaction, policy).stream().filter(keep).toList();
        Instant at = interaction.getStartedAt().toInstant();
        Instant followUp = policy.followUpDue(priority, at.isBefore(now) ? now : at);
        return new Logged(interaction, customerName, changed, policy, promises, followUp);
    }
}
