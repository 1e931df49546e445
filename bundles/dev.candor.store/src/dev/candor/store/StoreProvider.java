package dev.candor.store;

import java.time.Clock;

/**
 * Opens Candor databases; registered as an OSGi service.
 *
 * @noimplement This interface is not intended to be implemented by clients.
 * @since 0.1
 */
public interface StoreProvider {

    /**
     * Opens (creating if the configuration allows) the database and brings its
     * schema to the current version. The store takes the time from the {@link Clock} service.
     * A database written by a Candor before schema 11 held wall-clock times of the writer's
     * time zone; they are converted to instants as times of the clock's zone (the zone of
     * the machine), since that Candor wrote them in the zone of the machine it ran on.
     *
     * @throws DatabaseUnavailableException if it is locked, damaged, unreachable or newer than this Candor
     */
    CandorStore open(StoreConfiguration configuration) throws StoreException;

    /**
     * As {@link #open(StoreConfiguration)}, with the clock the store asks for the time of records
     * whose caller left it open (creation, closing, publishing) instead of the {@link Clock}
     * service. Its zone is the zone a database of an earlier Candor was written in (see
     * {@link #open(StoreConfiguration)}).
     *
     * @since 0.1
     */
    CandorStore open(StoreConfiguration configuration, Clock clock) throws StoreException;

    /**
     * Copies a whole Candor database (its own tables and those of other bundles) into an empty
     * one, typically a team's Derby database into PostgreSQL. Both are first opened as Candor
     * opens them (the source brought to the current schema; the target set up, see
     * {@link StoreConfiguration#creating()}); the target must hold no records. All rows are
     * written in one transaction, so a failure or a cancel leaves the target without any; then
     * every table is read back and compared with the source by row count and checksum. The
     * source is only read.
     *
     * @param monitor progress, by rows; cancelling stops the copy and writes nothing
     * @throws StoreException with a message that says what is wrong (a target that holds
     *         records, a table the target lacks, any failure of either database)
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
     * @since 0.1
     */
    DatabaseCopyReport copy(StoreConfiguration source, StoreConfiguration target, Clock clock,
            org.eclipse.core.runtime.IProgressMonitor monitor) throws StoreException;

    /** The schema version this Candor writes. */
    int getCurrentSchemaVersion();
}
