package dev.candor.store;

import java.util.Map;

/**
 * What is attached to a customer: what a deletion would remove and a merge
 * would move.
 *
 * @param openCommitments commitments still open or renegotiated, included in {@code commitments}
 * @param reviews         ethics reviews of the customer's interactions
 * @param contributed     rows of other bundles' tables that belong to the customer, by what they
 *                        are (the {@code label} of their schema, {@code dev.candor.store.schemas});
 *                        only those with rows
 * @since 0.1
 */
public record RecordCounts(long interactions, long commitments, long openCommitments, long reviews,
        Map<String, Long> contributed) {

    public RecordCounts {
        contributed = contributed == null ? Map.of() : Map.copyOf(contributed);
    }

    /** Counts with nothing of other bundles. */
    public RecordCounts(long interactions, long commitments, long openCommitments, long reviews) {
        this(interactions, commitments, openCommitments, reviews, Map.of());
    }

    /** Whether nothing at all is attached. */
    public boolean isEmpty() {
        return interactions == 0 && commitments == 0 && reviews == 0 && contributed.isEmpty();
    }
}
