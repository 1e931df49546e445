package dev.candor.store;

import dev.candor.model.CommitmentKind;
import dev.candor.model.CommitmentStatus;
import dev.candor.model.Priority;

/**
 * One commitment as a list shows it, with its customer's name; times are epoch
 * milliseconds ({@code closedAt} 0 while open). Cheap to hold by the hundred thousand.
 *
 * @since 0.1
 */
public record CommitmentSummary(long id, int version, long customerId, String customerName, String description,
        String owner, long createdAt, long dueAt, long closedAt, Priority priority, CommitmentStatus status,
        CommitmentKind kind, Long sourceInteractionId) {

    /** Open or renegotiated: still to be kept. */
    public boolean isOpen() {
        return isOpen(status);
    }

    /** Whether a commitment in this status is still to be kept: open, or renegotiated to a new due time. */
    public static boolean isOpen(CommitmentStatus status) {
        return status == CommitmentStatus.OPEN || status == CommitmentStatus.RENEGOTIATED;
    }
}
