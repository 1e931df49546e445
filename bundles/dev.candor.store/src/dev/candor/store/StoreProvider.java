package dev.candor.store;

/**
 * Opens Candor databases; registered as an OSGi service.
 *
 * @noimplement This interface is not intended to be implemented by clients.
 * @since 0.1
 */
public interface StoreProvider {

    /**
     * Opens (creating if the configuration allows) the database and brings its
     * schema to the current version.
     *
     * @throws DatabaseUnavailableException if it is locked, damaged, unreachable or newer than this Candor
     */
    CandorStore open(StoreConfiguration configuration) throws StoreException;

    /** The schema version this Candor writes. */
    int getCurrentSchemaVersion();
}
