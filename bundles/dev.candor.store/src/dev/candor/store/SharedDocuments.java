package dev.candor.store;

import java.util.List;
import java.util.Optional;

/**
 * Named documents shared by everyone on one database.
 *
 * @noimplement This interface is not intended to be implemented by clients.
 * @since 0.1
 */
public interface SharedDocuments {

    /** The longest name a document may have. */
    int MAX_NAME = 200;

    Optional<SharedDocument> find(String name) throws StoreException;

    /** Documents whose name starts with {@code prefix}, by name. */
    List<SharedDocument> list(String prefix) throws StoreException;

    /**
     * Writes a document: {@code expectedVersion} 0 creates it, otherwise it must be the
     * stored version ({@link ConflictException} if someone else saved in between).
     *
     * @return the document as stored, with its new version
     */
    SharedDocument save(String name, String content, int expectedVersion, String by) throws StoreException;

    void delete(String name, int expectedVersion) throws StoreException;
}
