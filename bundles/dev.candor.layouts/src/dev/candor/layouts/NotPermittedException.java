package dev.candor.layouts;

import dev.candor.store.StoreException;

/**
 * The store refuses a change because the person may not make it (only administrators
 * publish layouts and assign roles, and none may leave the team without one).
 *
 * @since 0.1
 */
public final class NotPermittedException extends StoreException {

    private static final long serialVersionUID = 1L;

    public NotPermittedException(String message) {
        super(Code.NOT_PERMITTED, message, null);
    }
}
