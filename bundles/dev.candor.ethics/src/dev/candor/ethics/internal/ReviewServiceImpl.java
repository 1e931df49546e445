package dev.candor.ethics.internal;

import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import dev.candor.ethics.Dashboard;
import dev.candor.ethics.EthicsSettings;
import dev.candor.ethics.ReviewEngine;
import dev.candor.ethics.ReviewService;
import dev.candor.ethics.Reviewing;
import dev.candor.model.ChecklistTemplate;
import dev.candor.model.EthicsReview;
import dev.candor.model.Interaction;
import dev.candor.model.ReviewKind;
import dev.candor.services.DataTopics;
import dev.candor.services.DataTopics.Kind;
import dev.candor.services.ServiceContext;
import dev.candor.store.StoreException;
import dev.candor.nls.Plurals;

/**
 * {@link ReviewService} on a {@link ServiceContext}; also the Declarative Services component,
 * which gets the context once Candor's database is open, builds the engine from the
 * contributed checks and stores the default and contributed templates not stored yet.
 */
public final class ReviewServiceImpl implements ReviewService {

    private ServiceContext context;
    private ReviewEngine engine;
    private boolean ownEngine;
    private Reviewing reviewing;

    /** Declarative Services. */
    public ReviewServiceImpl() {
    }

    public ReviewServiceImpl(ServiceContext context, ReviewEngine engine) {
        this.context = context;
        this.engine = engine;
        this.reviewing = new Reviewing(engine, context.clock());
    }

    /** Declarative Services: the database's service context. */
    public void setContext(ServiceContext value) {
        context = value;
    }

    /** Declarative Services: the engine of the contributed checks, and the templates stored. */
    public void activate() {
        engine = ReviewEngine.fromExtensions();
        ownEngine = true;
        reviewing = new Reviewing(engine, context.clock());
        try {
            installTemplates();
        } catch (StoreException e) {
            EngineLog.error(e.getMessage(), e); // reads show the default template meanwhile
        }
    }

    /** Declarative Services. */
    public void deactivate() {
        if (ownEngine) {
            engine.close();
        }
    }

    /** Stores the default template and contributed ones not stored yet; whether it stored any. */
    public boolean installTemplates() throws StoreException {
        return context.write(INSTALL_TEMPLATES, change -> {
            boolean added = Reviewing.installTemplates(change.session());
            if (added) {
                change.changed(DataTopics.TEMPLATE, Kind.CREATED, new long[0]);
            }
            return added;
        });
    }

    @Override
    public ReviewEngine engine() {
        return engine;
    }

    @Override
    public Optional<Reviewing.Prefilled> prefill(long interactionId) throws StoreException {
        return context.read(READ, session -> reviewing.prefill(session, interactionId));
    }

    @Override
    public List<EthicsReview> reviewsOf(long interactionId) throws StoreException {
        return context.read(READ, session -> session.reviews().forInteraction(interactionId));
    }

    @Override
    public EthicsReview save(EthicsReview review) throws StoreException {
        return context.write(SAVE, change -> {
            Interaction interaction = change.session().interactions().find(review.getInteractionId()).orElse(null);
            review.setReviewer(change.user());
            review.setReviewedAt(Date.from(change.now()));
            review.setKind(interaction != null && change.user().equalsIgnoreCase(interaction.getAccountManager())
                    ? ReviewKind.SELF : ReviewKind.PEER);
            EthicsReview saved = change.session().reviews().save(review);
            long customer = interaction == null ? 0 : interaction.getCustomerId();
            change.audit(SAVE, customer, NLS.bind(Messages.Audit_Reviewed, new Object[] { review.getInteractionId(),
                    review.getKind().getLiteral(), String.format(java.util.Locale.ROOT, "%.0f", review.getScore()) }), //$NON-NLS-1$
                    null);
            change.changed(DataTopics.REVIEW, Kind.CREATED, saved.getId(), customer);
            return saved;
        });
    }

    @Override
    public Optional<EthicsReview> reviewAgain(long interactionId) throws StoreException {
        return context.write(REVIEW_AGAIN, change -> {
            var session = change.session();
            List<EthicsReview> reviews = session.reviews().forInteraction(interactionId);
            Reviewing.Prefilled now = reviews.isEmpty() ? null : reviewing.prefill(session, interactionId).orElse(null);
            if (now == null) {
                return Optional.<EthicsReview>empty();
            }
            EthicsReview fresh = dev.candor.ethics.Reviews.automatic(now.template(), interactionId, now.found(),
                    Date.from(change.now()));
            EthicsReview newest = reviews.get(0);
            if (newest.getKind() == ReviewKind.AUTOMATIC && sameFindings(newest, fresh)) {
                return Optional.<EthicsReview>empty();
            }
            EthicsReview saved = session.reviews().save(fresh);
            long customer = now.interaction().getCustomerId();
            change.audit(REVIEW_AGAIN, customer, NLS.bind(Messages.Audit_ReviewedAgain, interactionId,
                    String.format(java.util.Locale.ROOT, "%.0f", saved.getScore())), null); //$NON-NLS-1$
            change.changed(DataTopics.REVIEW, Kind.CREATED, saved.getId(), customer);
            return Optional.of(saved);
        });
    }

    private static boolean sameFindings(EthicsReview a, EthicsReview b) {
        if (a.getTemplateId() != b.getTemplateId() || a.getVerdicts().size() != b.getVerdicts().size()) {
            return false;
        }
        for (int i = 0; i < a.getVerdicts().size(); i++) {
            var x = a.getVerdicts().get(i);
            var y = b.getVerdicts().get(i);
            if (!java.util.Objects.equals(x.getItemCode(), y.getItemCode()) || x.getVerdict() != y.getVerdict()
                    || !java.util.Objects.equals(x.getEvidence(), y.getEvidence())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long countUnreviewed() throws StoreException {
        return context.read(READ, session -> session.reviews().countUnreviewed(null));
    }

    @Override
    public Reviewing.BatchResult reviewUnreviewed(IProgressMonitor monitor) throws StoreException {
        Reviewing.BatchResult result = reviewing.reviewUnreviewed(new Reviewing.Transactions() {
            @Override
            public <T> T run(dev.candor.store.StoreWork<T> work) throws StoreException {
                return context.read(READ, work);
            }
        }, new Reviewing.Transactions() {
            @Override
            public <T> T run(dev.candor.store.StoreWork<T> work) throws StoreException {
                // each chunk is announced as it commits, so open views follow the batch
                return context.write(BATCH, change -> {
                    T done = work.run(change.session());
                    change.changed(DataTopics.REVIEW, Kind.CREATED, new long[0]);
                    return done;
                });
            }
        }, monitor);
        if (result.reviewed() > 0) {
            context.write(BATCH, change -> change.audit(BATCH, 0,
                    Plurals.format(Messages.Audit_Batch, result.reviewed(), result.failedReviews()), null));
        }
        return result;
    }

    @Override
    public List<ChecklistTemplate> templates() throws StoreException {
        return context.read(READ, Reviewing::templates);
    }

    @Override
    public String templateKey(long templateId) throws StoreException {
        return context.read(READ, session -> session.reviews().templateKey(templateId));
    }

    @Override
    public ChecklistTemplate publishTemplate(String key, ChecklistTemplate template) throws StoreException {
        return context.write(PUBLISH_TEMPLATE, change -> {
            ChecklistTemplate published = change.session().reviews().publishTemplate(key, template, change.user());
            change.audit(PUBLISH_TEMPLATE, 0, NLS.bind(Messages.Audit_TemplatePublished, published.getName(),
                    published.getTemplateVersion()), key);
            change.changed(DataTopics.TEMPLATE, Kind.CREATED, published.getId());
            return published;
        });
    }

    @Override
    public EthicsSettings settings(List<String> problems) throws StoreException {
        return context.read(READ, session -> EthicsSettings.load(session, problems));
    }

    @Override
    public EthicsSettings saveSettings(EthicsSettings settings) throws StoreException {
        return context.write(SAVE_SETTINGS, change -> {
            EthicsSettings saved = settings.save(change.session(), change.user());
            change.audit(SAVE_SETTINGS, 0, NLS.bind(Messages.Audit_SettingsSaved, saved.version()), saved.format());
            change.changed(DataTopics.SETTINGS, Kind.UPDATED, new long[0]);
            return saved;
        });
    }

    @Override
    public Dashboard dashboard(Dashboard.Grouping grouping, int months) throws StoreException {
        return context.read(READ, session -> Dashboard.read(session, grouping, months, context.clock()));
    }
}
