package dev.candor.store;

import java.util.Date;

/**
 * A line of the audit trail: who did what to which record and when.
 *
 * @param id 0 until appended
 * @param action a short code, for example {@code customer.merge}
 * @param subjectId the record the action was about (the survivor of a merge)
 * @param summary one sentence a person reads
 * @param details everything needed to reconstruct what happened, as text
 * @since 0.1
 */
public record AuditEntry(long id, Date at, String actor, String action, long subjectId, String summary,
        String details) {
}
