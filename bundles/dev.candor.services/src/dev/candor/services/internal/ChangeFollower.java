package dev.candor.services.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import dev.candor.services.DataChange;
import dev.candor.services.DataTopics;
import dev.candor.services.DataTopics.Kind;
import dev.candor.store.CandorStore;
import dev.candor.store.ChangeWatch;
import dev.candor.store.LoggedChange;
import dev.candor.store.StoreException;

/**
 * Brings the changes other Candors sharing the database commit to this one: it waits on the
 * store's {@link ChangeWatch} (a PostgreSQL notification, or Derby's polling interval), reads
 * the change log from where it is and announces each change of another client as a remote
 * {@link DataChange}, so the open views show it within a second without F5. When the database
 * cannot be reached it says so ({@link DataTopics#CONNECTION_LOST}), tries again with a growing
 * pause and, once back, says that too and announces a reload.
 */
final class ChangeFollower implements Runnable {

    /** The longest pause between attempts to reach a lost database. */
    static final long MAX_BACKOFF_MILLIS = 30_000;
    /** Changes are kept this long; a client away longer reloads everything. */
    static final Duration KEPT = Duration.ofDays(1);
    private static final long PRUNE_EVERY_NANOS = 3_600_000_000_000L;
    /** Without a notification, the log is still read this often (PostgreSQL): a missed one costs no more. */
    private static final long SAFETY_READ_NANOS = 10_000_000_000L;
    private static final int PAGE = 500;

    private final CandorStore store;
    private final Clock clock;
    private final Consumer<DataChange> announce;
    private final Consumer<org.osgi.service.event.Event> post;
    private final ChangeCursor cursor;
    private volatile boolean running = true;
    private Thread thread;

    ChangeFollower(CandorStore store, Clock clock, String origin, Consumer<DataChange> announce,
            Consumer<org.osgi.service.event.Event> post) throws StoreException {
        this.store = store;
        this.clock = clock;
        this.announce = announce;
        this.post = post;
        this.cursor = new ChangeCursor(origin, store.call(s -> s.changeLog().last()), System::nanoTime);
    }

    void start() {
        thread = new Thread(this, "Candor: changes of other clients"); //$NON-NLS-1$
        thread.setDaemon(true);
        thread.start();
    }

    void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void run() {
        ChangeWatch watch = null;
        long backoff = 0;
        boolean lost = false;
        long lastRead = System.nanoTime();
        long lastPrune = System.nanoTime() - PRUNE_EVERY_NANOS + 60_000_000_000L; // a minute after start
        try {
            while (running) {
                try {
                    if (watch == null) {
                        watch = store.watchChanges();
                    }
                    boolean maybe = watch.await(1_000);
                    long now = System.nanoTime();
                    if (maybe || now - lastRead >= SAFETY_READ_NANOS) {
                        lastRead = now;
                        follow();
                    }
                    if (lost) {
                        lost = false;
                        backoff = 0;
                        post.accept(new org.osgi.service.event.Event(DataTopics.CONNECTION_RESTORED, java.util.Map.of()));
                        announce.accept(DataChange.reload("").asRemote(clock.instant())); //$NON-NLS-1$
                    }
                    if (now - lastPrune >= PRUNE_EVERY_NANOS) {
                        lastPrune = now;
                        store.call(s -> s.changeLog().prune(clock.instant().minus(KEPT)));
                    }
                } catch (StoreException e) {
                    if (e.getCode() == StoreException.Code.CLOSED) {
                        return;
                    }
                    if (watch != null) {
                        watch.close();
                        watch = null;
                    }
                    if (!lost && e.getCode() == StoreException.Code.CONNECTION_LOST) {
                        lost = true;
                        post.accept(new org.osgi.service.event.Event(DataTopics.CONNECTION_LOST,
                                java.util.Map.of(DataTopics.MESSAGE, e.getMessage())));
                    }
                    backoff = backoff == 0 ? 500 : Math.min(MAX_BACKOFF_MILLIS, backoff * 2);
                    Thread.sleep(backoff);
                }
            }
        } catch (InterruptedException e) {
            // stopped
        } finally {
            if (watch != null) {
                watch.close();
            }
        }
    }

    /** Reads the log from the cursor on and announces the others' changes. */
    private void follow() throws StoreException {
        while (true) {
            long from = cursor.position();
            List<LoggedChange> rows = store.call(s -> s.changeLog().since(from, PAGE));
            // a gap before the first row read: rolled-back numbers, or changes pruned while away;
            // only then is the oldest kept asked for (Derby's clients read every 250 ms)
            boolean gap = !rows.isEmpty() && rows.get(0).number() > from + 1 && from > 0;
            if (gap && store.call(s -> s.changeLog().first()) > from + 1) {
                // away longer than the log is kept: what changed is no longer known one by one
                long last = store.call(s -> s.changeLog().last());
                cursor.jumpTo(last);
                announce.accept(DataChange.reload("").asRemote(clock.instant())); //$NON-NLS-1$
                return;
            }
            for (LoggedChange change : cursor.accept(rows)) {
                announce.accept(toData(change));
            }
            if (rows.size() < PAGE) {
                return;
            }
        }
    }

    static DataChange toData(LoggedChange change) {
        if (LOG_RELOAD.equals(change.entity())) {
            return new DataChange(null, null, null, null, change.actor(), true, change.at());
        }
        return new DataChange(change.entity(), Kind.valueOf(change.kind()), change.ids(), change.customerIds(),
                change.actor(), true, change.at());
    }

    /** The entity and kind a reload is logged under. */
    static final String LOG_RELOAD = "RELOAD"; //$NON-NLS-1$
}
