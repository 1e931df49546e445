package dev.candor.ethics;

import dev.candor.store.StoreException;
import dev.candor.store.StoreSession;

/**
 * What a contributed check needs to know about a customer beyond the interaction and Candor's own
 * records: the contributing bundle's own data, from its own tables (extension point
 * {@code dev.candor.store.schemas}). Declared with the check ({@code data} attribute of
 * {@code dev.candor.ethics.checks}); Candor reads it once per customer in the review's transaction,
 * the batch once per customer and chunk, and hands it to the check as
 * {@link ReviewContext#data(String)}. A reading that throws is reported in the Error Log and the
 * check gets {@code null}.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface CheckData {

    /** Reads what the check needs about {@code customerId}; never on the UI thread. */
    Object read(StoreSession session, long customerId) throws StoreException;
}
