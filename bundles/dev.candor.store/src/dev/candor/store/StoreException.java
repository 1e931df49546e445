package dev.candor.store;

/**
 * A storage operation failed. The message is meant for the user, in Candor's language: it says
 * what happened and what was kept, never only an SQL state. {@link #getCode()} tells a caller
 * what kind of failure it is without reading the text; {@link #getArguments()} are the values
 * the message names.
 *
 * @since 0.1
 */
public class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The kinds of failure. */
    public enum Code {
        /** Anything not named below; see the cause. */
        FAILED,
        /** Another change held the records too long (a lock timeout): trying again may work. */
        BUSY,
        /** Two changes collided; this one was undone: trying again may work. */
        DEADLOCK,
        /** The connection to the database was lost. */
        CONNECTION_LOST,
        /** The database was closed. */
        CLOSED,
        /** The record exists already. */
        DUPLICATE,
        /** A reference to a missing record, or a record still referred to. */
        REFERENCE,
        /** No room left on the database's disk. */
        DISK_FULL,
        /** The record does not validate ({@link InvalidDataException}). */
        INVALID,
        /** Someone else changed or deleted it meanwhile ({@link ConflictException}). */
        CONFLICT,
        /** The database cannot be opened ({@link DatabaseUnavailableException}). */
        UNAVAILABLE,
        /** The user may not do this. */
        NOT_PERMITTED
    }

    private final Code code;
    private final transient Object[] arguments;

    public StoreException(String message) {
        this(Code.FAILED, message, null);
    }

    public StoreException(String message, Throwable cause) {
        this(Code.FAILED, message, cause);
    }

    /** @param message in the user's language; {@code arguments} are the values it names */
    public StoreException(Code code, String message, Throwable cause, Object... arguments) {
        super(message, cause);
        this.code = code == null ? Code.FAILED : code;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public Code getCode() {
        return code;
    }

    public Object[] getArguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }

    /** Whether trying the same again later may succeed (busy, collided, connection lost). */
    public boolean isTransient() {
        return code == Code.BUSY || code == Code.DEADLOCK || code == Code.CONNECTION_LOST;
    }
}
