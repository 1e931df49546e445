package dev.candor.ethics;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

import dev.candor.ethics.internal.ReviewServiceImpl;
import dev.candor.model.ChecklistTemplate;
import dev.candor.model.EthicsReview;
import dev.candor.services.DataTopics;
import dev.candor.services.ServiceContext;
import dev.candor.store.StoreException;

/**
 * The use cases of ethics reviews: the checklist of an interaction pre-filled by the automatic
 * checks, reviews saved by people, the batch review, checklist templates, the team's ethics
 * settings and the Quality Dashboard's figures. Each is one transaction with the permission
 * check; changes write an audit entry and are announced on {@link DataTopics#REVIEW},
 * {@link DataTopics#TEMPLATE} and {@link DataTopics#SETTINGS}. Reads never write: the default
 * and contributed templates are stored when the service starts.
 *
 * <p>An OSGi service while Candor's database is open.</p>
 *
 * @noimplement This interface is not intended to be implemented by clients.
 * @since 0.1
 */
public interface ReviewService {

    /** Operation and audit action names. */
    String READ = "review.read"; //$NON-NLS-1$
    String SAVE = "review.save"; //$NON-NLS-1$
    String BATCH = "review.batch"; //$NON-NLS-1$
    String REVIEW_AGAIN = "review.again"; //$NON-NLS-1$
    String INSTALL_TEMPLATES = "template.install"; //$NON-NLS-1$
    String PUBLISH_TEMPLATE = "template.publish"; //$NON-NLS-1$
    String SAVE_SETTINGS = "ethics-settings.save"; //$NON-NLS-1$

    /** The engine the automatic reviews use. */
    ReviewEngine engine();

    /** Reviews one interaction without storing anything: what its checklist pre-fills; empty if it is gone. */
    Optional<Reviewing.Prefilled> prefill(long interactionId) throws StoreException;

    /** An interaction's reviews, newest first. */
    List<EthicsReview> reviewsOf(long interactionId) throws StoreException;

    /**
     * Saves a person's review of an interaction: the reviewer is the user, the time now, and it
     * is a self-review when the interaction is the user's own, else a peer review.
     */
    EthicsReview save(EthicsReview review) throws StoreException;

    /**
     * After a correction of an interaction: when it had been reviewed and the automatic checks now
     * find otherwise than its newest review (or its newest review was a person's, of the text as
     * it was), stores a new automatic review of it as it is now. The people's reviews stay in its
     * history. Empty when nothing was stored (never reviewed: the batch review will; unchanged
     * findings; the interaction is gone).
     */
    Optional<EthicsReview> reviewAgain(long interactionId) throws StoreException;

    /** How many interactions have no review yet. */
    long countUnreviewed() throws StoreException;

    /**
     * Reviews every interaction that has no review yet (see {@link Reviewing#reviewUnreviewed});
     * cancelling keeps the chunks done.
     */
    Reviewing.BatchResult reviewUnreviewed(IProgressMonitor monitor) throws StoreException;

    /** Every stored version of every template, oldest first. */
    List<ChecklistTemplate> templates() throws StoreException;

    /** The key the versions of a template share. */
    String templateKey(long templateId) throws StoreException;

    /** Publishes {@code template} as the next version of the template {@code key}. */
    ChecklistTemplate publishTemplate(String key, ChecklistTemplate template) throws StoreException;

    /** The team's ethics settings; problems of a stored text that no longer reads go to {@code problems}. */
    EthicsSettings settings(List<String> problems) throws StoreException;

    /** Stores the settings; a conflict when someone else saved since they were read. */
    EthicsSettings saveSettings(EthicsSettings settings) throws StoreException;

    /** The Quality Dashboard's figures for the last {@code months} months, this one included. */
    Dashboard dashboard(Dashboard.Grouping grouping, int months) throws StoreException;

    /** The service on {@code context}, for tools that run without the OSGi services (tests too); in Candor, take the OSGi service. */
    static ReviewService create(ServiceContext context, ReviewEngine engine) {
        return new ReviewServiceImpl(context, engine);
    }
}
