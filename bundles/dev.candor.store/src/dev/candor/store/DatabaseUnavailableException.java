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
        /** The server refused the user's sign-in (wrong or missing password, user not allowed). */
        SIGN_IN_FAILED,
        /** The server has no database of that name; Candor never creates one on a server by itself. */
        NO_SUCH_DATABASE,
        /** The database holds another application's tables and no Candor schema. */
        FOREIGN,
        /** A server's database without Candor's schema, not opened to be set up (see {@link StoreConfiguration#creating()}). */
        NOT_SET_UP,
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
