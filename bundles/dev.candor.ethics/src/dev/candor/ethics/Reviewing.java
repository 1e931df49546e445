package dev.candor.ethics;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import dev.candor.commitments.ResponsePolicies;
import dev.candor.ethics.internal.Messages;
import dev.candor.model.ChecklistTemplate;
import dev.candor.model.Customer;
import dev.candor.model.Feedback;
import dev.candor.model.EthicsReview;
import dev.candor.model.Interaction;
import dev.candor.store.CandorStore;
import dev.candor.store.CommitmentSummary;
import dev.candor.store.StoreException;
import dev.candor.store.StoreSession;

/**
 * Reviews interactions automatically with a {@link ReviewEngine} and stores
 * the results: one at a time (a checklist opened on an interaction), or all
 * interactions that have no review yet (the batch), in chunks of
 * {@value #CHUNK}, each chunk reviewed on every core and written in one
 * transaction, so a cancelled or failed batch keeps the chunks already done.
 *
 * @since 0.1
 */
public final class Reviewing {

    /** The key under which the default template's versions are stored. */
    public static final String DEFAULT_TEMPLATE_KEY = "default"; //$NON-NLS-1$
    static final int CHUNK = 2_000;

    private final ReviewEngine engine;
    private final Clock clock;
    private final ZoneId zone;

    /**
     * @param clock when reviews are made; its zone is the calendar of teams whose response-time
     *              policy is not stored
     */
    public Reviewing(ReviewEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    public ReviewEngine engine() {
        return engine;
    }

    /**
     * The templates, after storing the default one when there is none yet and
     * each template contributed to {@code dev.candor.ethics.templates} that is
     * not stored yet (as version 1 under its id; later versions are the
     * administrators').
     */
    public static List<ChecklistTemplate> templates(StoreSession session) throws StoreException {
        List<ChecklistTemplate> templates = session.reviews().templates();
        java.util.Set<String> keys = session.reviews().templateKeys();
        boolean added = false;
        if (templates.isEmpty()) {
            session.reviews().publishTemplate(DEFAULT_TEMPLATE_KEY, ChecklistTemplates.createDefault(), "Candor"); //$NON-NLS-1$
            added = true;
        }
        for (dev.candor.ethics.internal.TemplateRegistry.Contributed contributed
                : dev.candor.ethics.internal.TemplateRegistry.all()) {
            if (!keys.contains(contributed.key())) {
                session.reviews().publishTemplate(contributed.key(),
                        org.eclipse.emf.ecore.util.EcoreUtil.copy(contributed.template()), contributed.contributor());
                added = true;
            }
        }
        return added ? session.reviews().templates() : templates;
    }

    /** What the checks of one interaction see: customer, commitments, feedback, the team's settings and calendar. */
    public ReviewContext context(StoreSession session, Interaction interaction, EthicsSettings settings,
            ResponsePolicies policies, long now) throws StoreException {
        Customer customer = session.customers().find(interaction.getCustomerId()).orElse(null);
        List<CommitmentSummary> commitments = session.commitments().summaries(interaction.getCustomerId(), false);
        List<Feedback> feedback = session.feedback().listForCustomer(interaction.getCustomerId());
        return context(interaction, customer, commitments, feedback, settings, policies, now);
    }

    /** The context from what was read already (the batch reads a customer's records once per chunk). */
    private static ReviewContext context(Interaction interaction, Customer customer, List<CommitmentSummary> commitments,
            List<Feedback> feedback, EthicsSettings settings, ResponsePolicies policies, long now) {
        return ReviewContext.builder(interaction).customer(customer).commitments(commitments).feedback(feedback)
                .competitors(settings.competitors()).ownAddresses(settings.ownAddresses())
                .calendar(policies.policyFor(interaction.getAccountManager()).calendar()).now(now).build();
    }

    /** Reviews one interaction without storing anything: what the checklist pre-fills. */
    public Optional<Prefilled> prefill(CandorStore store, long interactionId) throws StoreException {
        return store.call(session -> {
            Interaction interaction = session.interactions().find(interactionId).orElse(null);
            if (interaction == null) {
                return Optional.<Prefilled>empty();
            }
            List<String> problems = new ArrayList<>();
            EthicsSettings settings = EthicsSettings.load(session, problems);
            ResponsePolicies policies = ResponsePolicies.load(session, zone, problems);
            List<ChecklistTemplate> all = templates(session);
            ChecklistTemplate template = ChecklistTemplates.forChannel(all, interaction.getChannel());
            ReviewContext context = context(session, interaction, settings, policies, clock.millis());
            return Optional.of(new Prefilled(interaction, template, all, context, engine.review(context), problems));
        });
    }

    /**
     * An interaction, its template and what the checks found, before anyone
     * saved it; {@code templates} are all stored versions (saved reviews may use older ones).
     */
    public record Prefilled(Interaction interaction, ChecklistTemplate template, List<ChecklistTemplate> templates,
            ReviewContext context, AutomaticReview found, List<String> settingsProblems) {
    }

    /** What a batch did. */
    public record BatchResult(long reviewed, long failedReviews, boolean cancelled, long millis) {
    }

    /**
     * Reviews every interaction that has no review of any kind yet, oldest
     * first, and stores the automatic reviews. Cancelling stops after the
     * chunk in progress; what was stored stays.
     */
    public BatchResult reviewUnreviewed(CandorStore store, IProgressMonitor monitor) throws StoreException {
        long started = System.nanoTime();
        long total = store.call(session -> session.reviews().countUnreviewed(null));
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Batch_Task, total),
                (int) Math.min(Integer.MAX_VALUE, total));
        List<String> problems = new ArrayList<>();
        EthicsSettings settings = store.call(session -> EthicsSettings.load(session, problems));
        ResponsePolicies policies = store.call(session -> ResponsePolicies.load(session, zone, problems));
        Map<Long, ChecklistTemplate> byChannel = new HashMap<>();
        List<ChecklistTemplate> templates = store.call(Reviewing::templates);
        long after = 0;
        AtomicLong reviewed = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            while (!progress.isCanceled()) {
                long from = after;
                long[] ids = store.call(session -> session.reviews().unreviewed(null, from, CHUNK));
                if (ids.length == 0) {
                    break;
                }
                after = ids[ids.length - 1];
                List<Long> idList = new ArrayList<>(ids.length);
                for (long id : ids) {
                    idList.add(id);
                }
                long now = clock.millis();
                Date when = new Date(now);
                List<EthicsReview> done = store.call(session -> {
                    List<Interaction> interactions = session.interactions().findAll(idList);
                    Map<Long, Customer> customers = new HashMap<>();
                    Map<Long, List<CommitmentSummary>> commitments = new HashMap<>();
                    Map<Long, List<Feedback>> feedback = new HashMap<>();
                    List<ReviewContext> contexts = new ArrayList<>(interactions.size());
                    for (Interaction interaction : interactions) {
                        long customerId = interaction.getCustomerId();
                        Customer customer = customers.computeIfAbsent(customerId, id -> find(session, id));
                        List<CommitmentSummary> theirs = commitments.get(customerId);
                        if (theirs == null) {
                            theirs = session.commitments().summaries(customerId, false);
                            commitments.put(customerId, theirs);
                            feedback.put(customerId, session.feedback().listForCustomer(customerId));
                        }
                        contexts.add(context(interaction, customer, theirs, feedback.get(customerId), settings, policies, now));
                    }
                    List<EthicsReview> reviews = pool.submit(() -> contexts.parallelStream().map(context -> {
                        ChecklistTemplate template = byChannelTemplate(byChannel, templates, context);
                        return Reviews.automatic(template, context.interaction().getId(), engine.review(context), when);
                    }).toList()).join();
                    session.reviews().saveAll(reviews);
                    return reviews;
                });
                reviewed.addAndGet(done.size());
                done.forEach(r -> {
                    if (r.getVerdicts().stream().anyMatch(v -> v.getVerdict() == dev.candor.model.Verdict.FAIL)) {
                        failed.incrementAndGet();
                    }
                });
                progress.setTaskName(NLS.bind(Messages.Batch_Progress, reviewed.get(), total));
                progress.worked(ids.length);
            }
        } finally {
            pool.shutdown();
        }
        return new BatchResult(reviewed.get(), failed.get(), monitor != null && monitor.isCanceled(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static synchronized ChecklistTemplate byChannelTemplate(Map<Long, ChecklistTemplate> cache,
            List<ChecklistTemplate> templates, ReviewContext context) {
        long key = context.channel() == null ? -1 : context.channel().getValue();
        return cache.computeIfAbsent(key, k -> ChecklistTemplates.forChannel(templates, context.channel()));
    }

    private static Customer find(StoreSession session, long id) {
        try {
            return session.customers().find(id).orElse(null);
        } catch (StoreException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
