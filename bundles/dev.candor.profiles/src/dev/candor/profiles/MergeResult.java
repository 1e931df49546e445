package dev.candor.profiles;

import dev.candor.model.Customer;
import dev.candor.store.AuditEntry;
import dev.candor.store.RecordCounts;

/**
 * The outcome of a merge.
 *
 * @param survivor the customer that remains, as saved
 * @param moved what was moved to it from the duplicate
 * @param audit the audit entry written with it
 * @since 0.1
 */
public record MergeResult(Customer survivor, RecordCounts moved, AuditEntry audit) {
}
