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
import dev.candor.model.EthicsReview;
import dev.candor.model.Interaction;
import dev.candor.store.StoreWork;
import dev.candor.store.CommitmentSummary;
import dev.candor.store.StoreException;
import dev.candor.store.StoreSession;
import dev.candor.nls.Plurals;

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

    /** Runs store work in one transaction; the service gives the batch its own, one per chunk. */
    @FunctionalInterface
    public interface Transactions {
        <T> T run(StoreWork<T> work) throws StoreException;
    }

    /**
     * Stores the default template when there is none yet, and each template contributed to
     * {@code dev.candor.ethics.templates} that is not stored yet (as version 1 under its id; later
     * versions are the administrators'). A write: the service does it when it starts.
     *
     * @return whether anything was stored
     */
    public static boolean installTemplates(StoreSession session) throws StoreException {
        java.util.Set<String> keys = session.reviews().templateKeys();
        boolean added = false;
        if (!keys.contains(DEFAULT_TEMPLATE_KEY) && session.reviews().templates().isEmpty()) {
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
        return added;
    }

    /**
     * The stored templates; the default one, not stored, while there is none at all (a read never
     * writes).
     */
    public static List<ChecklistTemplate> templates(StoreSession session) throws StoreException {
        List<ChecklistTemplate> templates = session.reviews().templates();
        return templates.isEmpty() ? List.of(ChecklistTemplates.createDefault()) : templates;
    }

    /** What the checks of one interaction see: customer, commitments, the checks' own data, the team's settings and calendar. */
    public ReviewContext context(StoreSession session, Interaction interaction, EthicsSettings settings,
            ResponsePolicies policies, long now) throws StoreException {
        Customer customer = session.customers().find(interaction.getCustomerId()).orElse(null);
        List<CommitmentSummary> commitments = session.commitments().summaries(interaction.getCustomerId(), false);
        return context(interaction, customer, commitments, data(session, interaction.getCustomerId()), settings,
                policies, now);
    }

    /** What each check with {@link CheckData} reads about a customer; a reading that fails is logged and left out. */
    private Map<String, Object> data(StoreSession session, long customerId) {
        Map<String, Object> data = new HashMap<>();
        for (CheckDescriptor check : engine.checks()) {
            if (check.data() == null || engine.switchedOff().contains(check.id())) {
                continue;
            }
            try {
                Object value = check.data().get().read(session, customerId);
                if (value != null) {
                    data.put(check.id(), value);
                }
            } catch (StoreException | RuntimeException | LinkageError e) {
                dev.candor.ethics.internal.EngineLog.error(NLS.bind(Messages.Data_Failed, check.id(),
                        check.contributor()), e);
            }
        }
        return data;
    }

    /** The context from what was read already (the batch reads a customer's records once per chunk). */
    private static ReviewContext context(Interaction interaction, Customer customer, List<CommitmentSummary> commitments,
            Map<String, Object> data, EthicsSettings settings, ResponsePolicies policies, long now) {
        ReviewContext.Builder builder = ReviewContext.builder(interaction).customer(customer).commitments(commitments)
                .competitors(settings.competitors()).ownAddresses(settings.ownAddresses())
                .calendar(policies.policyFor(interaction.getAccountManager()).calendar()).now(now);
        data.forEach(builder::data);
        return builder.build();
    }

    /** Reviews one interaction without storing anything: what the checklist pre-fills. */
    public Optional<Prefilled> prefill(StoreSession session, long interactionId) throws StoreException {
        Interaction interaction = session.interactions().find(interactionId).orElse(null);
        if (interaction == null) {
            return Optional.empty();
        }
        List<String> problems = new ArrayList<>();
        EthicsSettings settings = EthicsSettings.load(session, problems);
        ResponsePolicies policies = ResponsePolicies.load(session, zone, problems);
        List<ChecklistTemplate> all = templates(session);
        ChecklistTemplate template = ChecklistTemplates.forChannel(all, interaction.getChannel());
        ReviewContext context = context(session, interaction, settings, policies, clock.millis());
        return Optional.of(new Prefilled(interaction, template, all, context, engine.review(context), problems));
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
     * Reviews every interaction that has no review of any kind yet, oldest first, and stores the
     * automatic reviews: chunks of {@value #CHUNK}, each read, reviewed on every core and written
     * in one transaction of {@code write}. Cancelling stops after the chunk in progress; what was
     * stored stays.
     */
    public BatchResult reviewUnreviewed(Transactions read, Transactions write, IProgressMonitor monitor)
            throws StoreException {
        long started = System.nanoTime();
        long total = read.run(session -> session.reviews().countUnreviewed(null));
        SubMonitor progress = SubMonitor.convert(monitor, Plurals.format(Messages.Batch_Task, total),
                (int) Math.min(Integer.MAX_VALUE, total));
        List<String> problems = new ArrayList<>();
        EthicsSettings settings = read.run(session -> EthicsSettings.load(session, problems));
        ResponsePolicies policies = read.run(session -> ResponsePolicies.load(session, zone, problems));
        Map<Long, ChecklistTemplate> byChannel = new HashMap<>();
        List<ChecklistTemplate> templates = read.run(Reviewing::templates);
        long after = 0;
        AtomicLong reviewed = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            while (!progress.isCanceled()) {
                long from = after;
                long[] ids = read.run(session -> session.reviews().unreviewed(null, from, CHUNK));
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
                List<EthicsReview> done = write.run(session -> {
                    List<Interaction> interactions = session.interactions().findAll(idList);
                    Map<Long, Customer> customers = new HashMap<>();
                    Map<Long, List<CommitmentSummary>> commitments = new HashMap<>();
                    Map<Long, Map<String, Object>> data = new HashMap<>();
                    List<ReviewContext> contexts = new ArrayList<>(interactions.size());
                    for (Interaction interaction : interactions) {
                        long customerId = interaction.getCustomerId();
                        Customer customer = customers.computeIfAbsent(customerId, id -> find(session, id));
                        List<CommitmentSummary> theirs = commitments.get(customerId);
                        if (theirs == null) {
                            theirs = session.commitments().summaries(customerId, false);
                            commitments.put(customerId, theirs);
                            data.put(customerId, data(session, customerId));
                        }
                        contexts.add(context(interaction, customer, theirs, data.get(customerId), settings, policies,
                                now));
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
                progress.setTaskName(Plurals.format(Messages.Batch_Progress, reviewed.get(), total));
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
