package dev.candor.store;

import java.util.List;

/**
 * The append-only audit trail.
 *
 * @noimplement This interface is not intended to be implemented by clients.
 * @since 0.1
 */
public interface AuditRepository {

    /** Appends an entry in the current transaction and returns it with its id. */
    AuditEntry append(AuditEntry entry) throws StoreException;

    /** Entries about one record, newest first. */
    List<AuditEntry> listForSubject(long subjectId) throws StoreException;
}
