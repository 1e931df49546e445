package dev.candor.services;

import java.time.Clock;
import java.util.function.Consumer;

import dev.candor.services.internal.DefaultServiceContext;
import dev.candor.store.CandorStore;
import dev.candor.store.StoreException;
import dev.candor.store.StoreWork;

/**
 * The one way from a use case to the database. Each call is one transaction that first passes
 * the permission check; {@link #write} also gives the work a {@link Change} to record its audit
 * entry and the changes it made, which are announced on {@link DataTopics} once committed.
 *
 * <p>Registered as an OSGi service once Candor has opened its database (and withdrawn when it
 * closes it), so the application services that reference it appear and disappear with the
 * database. Tests make one with {@link #create}.</p>
 *
 * @noimplement This interface is not intended to be implemented by clients.
 * @since 0.1
 */
public interface ServiceContext {

    /** Work done inside {@link #write}. */
    @FunctionalInterface
    interface WriteWork<T> {
        T run(Change change) throws StoreException;
    }

    /** Candor's clock. */
    Clock clock();

    /** Who is working. */
    String user();

    /** The open database's location, for messages. */
    String location();

    /**
     * Whether the user may do {@code operation}, so that a view can say beforehand what it will
     * refuse (the refusal itself stays with the service). May read the database: not on the UI
     * thread.
     */
    boolean permits(String operation);

    /** Reads in one transaction after checking that the user may do {@code operation}. */
    <T> T read(String operation, StoreWork<T> work) throws StoreException;

    /**
     * Writes in one transaction after checking that the user may do {@code operation}; the
     * changes the work records are announced after the commit.
     */
    <T> T write(String operation, WriteWork<T> work) throws StoreException;

    /** Announces that anything may have changed (see {@link DataTopics#RELOAD}). */
    void reload();

    /**
     * A context on {@code store}; changes go to {@code announce} (in OSGi, Event Admin).
     */
    static ServiceContext create(CandorStore store, Clock clock, Identity identity, Permissions permissions,
            Consumer<DataChange> announce) {
        return new DefaultServiceContext(store, clock, identity, permissions, announce);
    }

    /** Permissions that permit everything: a single-user Candor, and tests. */
    static Permissions permitAll() {
        return (user, operation) -> {
        };
    }
}
