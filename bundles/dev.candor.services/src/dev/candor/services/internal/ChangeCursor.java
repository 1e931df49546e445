package dev.candor.services.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongSupplier;

import dev.candor.store.LoggedChange;

/**
 * Where a client is in the change log, and which changes it has not seen yet. Numbers are
 * taken when a transaction writes and become visible when it commits, so a smaller number may
 * appear after a larger one; and a number a rolled-back transaction took never appears. The
 * cursor therefore keeps a watermark (every number up to it was seen or given up), reads from
 * there, delivers each change once, and gives a missing number up after {@link #GAP_NANOS}.
 */
public final class ChangeCursor {

    /** How long a missing number is waited for: a transaction that takes longer to commit is rare. */
    public static final long GAP_NANOS = 10_000_000_000L;

    private final String origin;
    private final LongSupplier nanoTime;
    private long watermark;
    private final TreeSet<Long> seenAbove = new TreeSet<>();
    /** The missing numbers below the highest seen, with when they were first missed. */
    private final TreeMap<Long, Long> missingSince = new TreeMap<>();

    public ChangeCursor(String origin, long start, LongSupplier nanoTime) {
        this.origin = origin;
        this.watermark = start;
        this.nanoTime = nanoTime;
    }

    /** The number to read after. */
    public long position() {
        return watermark;
    }

    /** Moves to {@code number}, forgetting everything before it (after a reload). */
    public void jumpTo(long number) {
        watermark = number;
        seenAbove.clear();
        missingSince.clear();
    }

    /**
     * Takes the changes read from {@link #position()} on (in number order) and returns those to
     * announce: the others' changes not delivered before.
     */
    public List<LoggedChange> accept(List<LoggedChange> rows) {
        List<LoggedChange> fresh = new ArrayList<>();
        long now = nanoTime.getAsLong();
        for (LoggedChange row : rows) {
            long n = row.number();
            if (n <= watermark || !seenAbove.add(n)) {
                continue;
            }
            missingSince.remove(n);
            if (!origin.equals(row.origin())) {
                fresh.add(row);
            }
        }
        if (!seenAbove.isEmpty()) {
            for (long n = watermark + 1; n < seenAbove.last(); n++) {
                if (!seenAbove.contains(n)) {
                    missingSince.putIfAbsent(n, now);
                }
            }
        }
        advance(now);
        return fresh;
    }

    private void advance(long now) {
        while (true) {
            long next = watermark + 1;
            if (seenAbove.remove(next)) {
                watermark = next;
            } else if (missingSince.containsKey(next) && now - missingSince.get(next) >= GAP_NANOS) {
                missingSince.remove(next); // taken by a transaction that rolled back
                watermark = next;
            } else {
                return;
            }
        }
    }
}
