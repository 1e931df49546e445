package dev.candor.store;

/**
 * A storage operation failed. The message is meant for the user: it says what
 * happened and what was kept, never only an SQL state.
 *
 * @since 0.1
 */
public class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
