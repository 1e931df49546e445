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

    /**
     * What the user chose, before the import, for the records that look like customers already in
     * Candor (see {@link Importer#lookAlikes}).
     *
     * @since 0.1
     */
    default ImportChoices choices() {
        return ImportChoices.all(ImportChoices.Resolution.CREATE);
    }

    /**
     * Tells what became of one record, for the report after the import. An importer that never
     * calls it has each record it counts reported as created.
     *
     * @since 0.1
     */
    default void record(ImportResult.Kind kind) {
        // an importer of records that are never matched has nothing to tell
    }

    /**
     * Saves a customer of the file: a new one (id 0), or one read through {@link #session()} and
     * changed. Candor writes them in short transactions of their own, seen by nobody until the
     * whole file is imported (and removed if it is not), so that a large import does not block
     * colleagues; prefer it to saving through {@link #session()}. An update is applied at the end
     * of the import if nobody changed the customer meanwhile (otherwise the import is refused).
     *
     * @throws dev.candor.store.InvalidDataException if the customer does not validate
     * @since 0.1
     */
    default void save(dev.candor.model.Customer customer) throws dev.candor.store.StoreException {
        session().customers().save(customer);
    }
}
