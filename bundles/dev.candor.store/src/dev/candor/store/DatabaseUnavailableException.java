package dev.candor.store;

/**
 * The database could not be opened. {@link #getReason()} tells the UI what to
 * offer; in every case the database folder was left untouched.
 *
 * @since 0.1
 */
public class DatabaseUnavailableException extends StoreException {
    private static final long serialVersionUID = 1L;

    /** Why the database is unavailable. */
    public enum Reason {
        /** Another process (another Candor) has the embedded database open. */
        LOCKED,
        /** The folder is not a Candor database or its files are damaged. */
        CORRUPT,
        /** Written by a newer Candor whose schema this version does not know. */
        NEWER_SCHEMA,
        /** The network server did not answer or refused the connection. */
        UNREACHABLE,
        /** Anything else, see the cause. */
        OTHER
    }

    private final Reason reason;

    public DatabaseUnavailableException(Reason reason, String message, Throwable cause) {
        super(Code.UNAVAILABLE, message, cause, reason);
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
