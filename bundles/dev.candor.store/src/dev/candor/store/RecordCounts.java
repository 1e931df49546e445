package dev.candor.store;

/**
 * What is attached to a customer: what a deletion would remove and a merge
 * would move.
 *
 * @param openCommitments commitments still open or renegotiated, included in {@code commitments}
 * @param reviews ethics reviews of the customer's interactions
 * @since 0.1
 */
public record RecordCounts(long interactions, long commitments, long openCommitments, long feedback, long reviews) {

    /** Whether nothing at all is attached. */
    public boolean isEmpty() {
        return interactions == 0 && commitments == 0 && feedback == 0 && reviews == 0;
    }
}
