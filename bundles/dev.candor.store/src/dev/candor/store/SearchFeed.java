package dev.candor.store;

import java.util.function.Consumer;

/**
 * Customers and interactions in the order they were written, for keeping a
 * search index current. Every insert or update takes a new change number from
 * one database sequence; deleted records are not reported (an index checks its
 * hits against the database).
 *
 * @noimplement This interface is not intended to be implemented by clients.
 * @since 0.1
 */
public interface SearchFeed {

    /** The largest change number written so far, 0 for an empty database. */
    long lastChange() throws StoreException;

    /**
     * Streams, in change order, the records written with a change number above
     * {@code after}, at most {@code limit}; returns how many were streamed.
     */
    int changedSince(SearchDocument.Kind kind, long after, int limit, Consumer<SearchDocument> consumer)
            throws StoreException;
}
