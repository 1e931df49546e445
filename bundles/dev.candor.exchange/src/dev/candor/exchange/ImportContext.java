package dev.candor.exchange;

import java.time.Clock;

import dev.candor.store.StoreSession;

/**
 * What an {@link Importer} works with: the transaction, who imports and the clock.
 *
 * @noimplement This interface is not intended to be implemented by clients.
 * @since 0.1
 */
public interface ImportContext {

    /** The transaction the whole file is saved in. */
    StoreSession session();

    /** Who imports (the owner of records the file gives none, say). */
    String user();

    /**
     * Candor's clock: the time of the import, and in its zone (the user's) the local times
     * of a file that gives none.
     */
    Clock clock();
}
