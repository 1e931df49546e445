package dev.candor.store;

/**
 * Work done inside one database transaction.
 *
 * @param <T> the result type
 * @since 0.1
 */
@FunctionalInterface
public interface StoreWork<T> {
    T run(StoreSession session) throws StoreException;
}
