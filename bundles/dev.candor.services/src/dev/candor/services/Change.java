package dev.candor.services;

import java.time.Instant;

import dev.candor.services.DataTopics.Kind;
import dev.candor.store.AuditEntry;
import dev.candor.store.StoreException;
import dev.candor.store.StoreSession;

/**
 * What a use case that writes works with, inside its one transaction: the repositories, when
 * and for whom it happens, and where it records its audit entry and the changes to announce.
 * The changes are posted on {@link DataTopics} only after the transaction committed; a use case
 * that fails announces nothing.
 *
 * @noimplement This interface is not intended to be implemented by clients.
 * @since 0.1
 */
public interface Change {

    /** The repositories, bound to this transaction. */
    StoreSession session();

    /** When the use case happens (Candor's clock, read once for it). */
    Instant now();

    /** Who it happens for ({@link Identity#user()}). */
    String user();

    /** Appends the use case's audit entry, in this transaction; returns it with its id. */
    AuditEntry audit(String action, long subjectId, String summary, String details) throws StoreException;

    /** Announces, after the commit, that these records of {@code entity} changed. */
    void changed(String entity, Kind kind, long[] ids, long... customerIds);

    /** As {@link #changed(String, Kind, long[], long...)} for one record. */
    default void changed(String entity, Kind kind, long id, long... customerIds) {
        changed(entity, kind, new long[] { id }, customerIds);
    }
}
