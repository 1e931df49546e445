package dev.candor.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.candor.model.ChecklistTemplate;
import dev.candor.model.EthicsReview;
import dev.candor.model.ReviewKind;

/**
 * Checklist templates (every version kept) and ethics reviews.
 *
 * @noimplement This interface is not intended to be implemented by clients.
 * @since 0.1
 */
public interface ReviewRepository {

    /** Every version of every template, oldest first, with their items. */
    List<ChecklistTemplate> templates() throws StoreException;

    /** One version of a template. */
    Optional<ChecklistTemplate> template(long id) throws StoreException;

    /**
     * Stores {@code template} as the next version of the template called
     * {@code key} (version 1 for a new key): always a new row, so reviews made
     * with earlier versions keep their meaning. When it is active the earlier
     * versions of that key stop being active. Sets the copy's id and version.
     */
    ChecklistTemplate publishTemplate(String key, ChecklistTemplate template, String by) throws StoreException;

    /** The key of a template version. */
    String templateKey(long templateId) throws StoreException;

    /** The keys of all stored templates. */
    java.util.Set<String> templateKeys() throws StoreException;

    /**
     * Adds a review (reviews are never changed; a new one supersedes). Whether it
     * passed is derived from its template version's critical items.
     */
    EthicsReview save(EthicsReview review) throws StoreException;

    /** Adds many automatic reviews at once (the batch review); faster than {@link #save} one by one. */
    void saveAll(List<EthicsReview> reviews) throws StoreException;

    /** An interaction's reviews, newest first, with all their verdicts. */
    List<EthicsReview> forInteraction(long interactionId) throws StoreException;

    /** The newest review of each of these interactions that has one. */
    Map<Long, ReviewMark> latest(Collection<Long> interactionIds) throws StoreException;

    /** Ids of interactions after {@code afterId} with no review of {@code kind}, ascending, at most {@code limit}. */
    long[] unreviewed(ReviewKind kind, long afterId, int limit) throws StoreException;

    /** How many interactions have no review of {@code kind}. */
    long countUnreviewed(ReviewKind kind) throws StoreException;

}
