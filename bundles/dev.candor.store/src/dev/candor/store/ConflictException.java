package dev.candor.store;

/**
 * Someone else changed or deleted a record since it was read (optimistic
 * lock). Nothing was written; the caller still holds its own version.
 *
 * @since 0.1
 */
public class ConflictException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final long id;
    private final int expectedVersion;
    private final int currentVersion;

    public ConflictException(String message, long id, int expectedVersion, int currentVersion) {
        super(Code.CONFLICT, message, null, id, expectedVersion, currentVersion);
        this.id = id;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public long getId() {
        return id;
    }

    /** The version the caller read. */
    public int getExpectedVersion() {
        return expectedVersion;
    }

    /** The version now stored, or -1 if the record was deleted. */
    public int getCurrentVersion() {
        return currentVersion;
    }

    public boolean isDeleted() {
        return currentVersion < 0;
    }
}
