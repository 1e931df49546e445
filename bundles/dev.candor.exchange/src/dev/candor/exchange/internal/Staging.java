package dev.candor.exchange.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import dev.candor.model.Customer;
import dev.candor.store.CustomerImports;
import dev.candor.store.StoreException;

/**
 * The customers of one import on their way into the database ({@link CustomerImports}): written
 * a chunk at a time, each chunk a short transaction of its own, so that a colleague's read or
 * save waits at most for one chunk, never for the whole file.
 */
final class Staging {

    /** Customers per transaction: short enough not to block others, long enough to be quick. */
    static final int CHUNK = 250;
    /** How often a running import says it is alive. */
    private static final Duration TOUCH = Duration.ofSeconds(30);
    /** An import not heard of for this long was left by a client that stopped. */
    static final Duration ABANDONED = Duration.ofMinutes(10);

    private final Exchange.Transaction transaction;
    private final Clock clock;
    private final long id;
    private final List<Customer> pending = new ArrayList<>(CHUNK);
    private Instant touched;

    private Staging(Exchange.Transaction transaction, Clock clock, long id) {
        this.transaction = transaction;
        this.clock = clock;
        this.id = id;
        this.touched = clock.instant();
    }

    /** Attempts of a chunk that collided with a colleague's change (it was undone whole). */
    private static final int ATTEMPTS = 5;

    /**
     * Runs a chunk in a short transaction, again if it collided with a colleague's change: a
     * chunk is undone whole when it does, and a colleague's save must not end a long import.
     */
    private static <T> T apart(Exchange.Transaction transaction, dev.candor.store.StoreWork<T> work)
            throws StoreException {
        for (int attempt = 1;; attempt++) {
            try {
                return transaction.apart(work);
            } catch (StoreException e) {
                boolean collided = e.getCode() == StoreException.Code.BUSY
                        || e.getCode() == StoreException.Code.DEADLOCK;
                if (!collided || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Starts an import by {@code user}. */
    static Staging begin(Exchange.Transaction transaction, Clock clock, String user) throws StoreException {
        long id = transaction.apart(session -> session.customerImports().begin(user, clock.instant()));
        return new Staging(transaction, clock, id);
    }

    long id() {
        return id;
    }

    void add(Customer customer) throws StoreException {
        pending.add(customer);
        if (pending.size() == CHUNK) {
            flush();
        }
    }

    /** Writes what is pending. */
    void flush() throws StoreException {
        if (pending.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        boolean touch = Duration.between(touched, now).compareTo(TOUCH) >= 0;
        apart(transaction, session -> {
            session.customerImports().stage(id, pending, now);
            if (touch) {
                session.customerImports().touch(id, now);
            }
            return null;
        });
        if (touch) {
            touched = now;
        }
        pending.clear();
    }

    /** After the import is published: makes its customers searchable, a chunk at a time. */
    static void settle(Exchange.Transaction transaction, long id, IProgressMonitor monitor) throws StoreException {
        SubMonitor progress = SubMonitor.convert(monitor, 1000);
        progress.subTask(Messages.Exchange_Settling);
        while (apart(transaction, session -> session.customerImports().settle(id, CHUNK)) > 0) {
            progress.setWorkRemaining(1000).worked(1);
            if (progress.isCanceled()) {
                return; // the rest is settled by the next import
            }
        }
    }

    /** After a failure or cancel: removes what the import wrote, a chunk at a time. */
    static void discard(Exchange.Transaction transaction, long id) throws StoreException {
        while (apart(transaction, session -> session.customerImports().discard(id, CHUNK)) > 0) {
            // chunk after chunk: nobody waits for more than one
        }
    }

    /**
     * Finishes the imports clients left: settles published ones, discards the ones not heard of
     * for {@link #ABANDONED}. Running imports of others are left alone.
     */
    static void finishLeftovers(Exchange.Transaction transaction, Clock clock, IProgressMonitor monitor)
            throws StoreException {
        Instant abandoned = clock.instant().minus(ABANDONED);
        for (CustomerImports.Unfinished left : transaction.apart(session -> session.customerImports().unfinished())) {
            if (left.published()) {
                settle(transaction, left.id(), monitor);
            } else if (left.touchedAt().isBefore(abandoned)) {
                discard(transaction, left.id());
            }
        }
    }
}
