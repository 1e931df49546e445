package dev.candor.history;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

import dev.candor.history.internal.LuceneSearchIndex;
import dev.candor.store.CandorStore;
import dev.candor.store.StoreException;

/**
 * Search across customers and the text of every interaction, ignoring case
 * and diacritics in every language Candor speaks ("lodz" finds "Łódź",
 * "ковальчук" finds "Ковальчук", "otvos" finds "Ötvös"). Each word of the
 * query must occur, as a word or the beginning of one.
 *
 * <p>Available as an OSGi service once the database is open; the index follows
 * the database by itself and catches up before every search.</p>
 *
 * @noimplement This interface is not intended to be implemented by clients.
 * @since 0.1
 */
public interface GlobalSearch extends AutoCloseable {

    /**
     * The first {@code limit} customers (by name) and interactions (newest first) that
     * match {@code query}. Brings the index up to date first, which after a large
     * import may take a while: {@code monitor} shows it and can cancel it.
     */
    SearchResults search(String query, int limit, IProgressMonitor monitor) throws StoreException;

    /** Indexes what changed in the database since the last call; returns how many records were (re)indexed. */
    long catchUp(IProgressMonitor monitor) throws StoreException;

    @Override
    void close();

    /** Opens (creating if needed) an index of {@code store} in {@code directory}. */
    static GlobalSearch open(CandorStore store, Path directory) throws StoreException {
        return LuceneSearchIndex.open(store, directory);
    }
}
