package dev.candor.ethics;

import java.util.function.Supplier;

/**
 * A check as contributed: its id and name, the checklist item it informs,
 * the bundle that contributed it, how it is created and how long one call may
 * take. Checks of Candor's own bundle are trusted and run inline; others run
 * guarded by their timeout.
 *
 * @param timeoutMillis how long one call may take before the engine gives up on it
 * @param data          how the check's own data is read, or {@code null}
 * @since 0.1
 */
public record CheckDescriptor(String id, String name, String itemCode, String contributor, boolean trusted,
        long timeoutMillis, Supplier<EthicsCheck> factory, Supplier<CheckData> data) {

    /** A check without data of its own. */
    public CheckDescriptor(String id, String name, String itemCode, String contributor, boolean trusted,
            long timeoutMillis, Supplier<EthicsCheck> factory) {
        this(id, name, itemCode, contributor, trusted, timeoutMillis, factory, null);
    }

    /** The timeout of a contribution that names none. */
    public static final long DEFAULT_TIMEOUT_MILLIS = 200;
}
