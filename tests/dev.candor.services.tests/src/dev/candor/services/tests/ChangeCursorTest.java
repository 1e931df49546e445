package dev.candor.services.tests;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import org.junit.Test;

import dev.candor.services.internal.ChangeCursor;
import dev.candor.store.LoggedChange;

/**
 * The change log's numbers are taken at write time and seen at commit time: a client reading
 * it must deliver every change of the others once, also when a smaller number commits after a
 * larger one, and must not wait forever for a number a rolled-back transaction took.
 */
public class ChangeCursorTest {

    private final AtomicLong nanos = new AtomicLong();
    private final ChangeCursor cursor = new ChangeCursor("me", 10, nanos::get);

    private static LoggedChange change(long number, String origin) {
        return new LoggedChange(number, Instant.ofEpochMilli(number), origin, "ada", "customer", "UPDATED",
                new long[] { number }, new long[0]);
    }

    private static List<Long> numbers(List<LoggedChange> changes) {
        return changes.stream().map(LoggedChange::number).toList();
    }

    @Test
    public void othersChangesAreDeliveredOnceAndOwnOnesNever() {
        assertEquals(List.of(11L, 13L), numbers(cursor.accept(List.of(change(11, "bea"), change(12, "me"),
                change(13, "bea")))));
        assertEquals(13, cursor.position());
        assertEquals(List.of(), cursor.accept(List.of(change(13, "bea"))));
    }

    @Test
    public void aLateCommitOfASmallerNumberIsNotLost() {
        // 12 was taken first but commits after 13
        assertEquals(List.of(11L, 13L), numbers(cursor.accept(List.of(change(11, "bea"), change(13, "cyd")))));
        assertEquals("read again from before the gap", 11, cursor.position());
        nanos.addAndGet(2_000_000_000L);
        assertEquals(List.of(12L), numbers(cursor.accept(List.of(change(12, "bea"), change(13, "cyd")))));
        assertEquals(13, cursor.position());
    }

    @Test
    public void aNumberOfARolledBackTransactionIsGivenUpAfterAWhile() {
        cursor.accept(List.of(change(11, "bea"), change(13, "bea")));
        nanos.addAndGet(ChangeCursor.GAP_NANOS - 1);
        cursor.accept(List.of(change(13, "bea")));
        assertEquals(11, cursor.position());
        nanos.addAndGet(1);
        assertEquals(List.of(14L), numbers(cursor.accept(List.of(change(13, "bea"), change(14, "bea")))));
        assertEquals(14, cursor.position());
    }

    @Test
    public void aLongRunArrivesInPagesWithoutRepeats() {
        List<LoggedChange> all = LongStream.rangeClosed(11, 1_010).mapToObj(n -> change(n, "bea")).toList();
        assertEquals(500, cursor.accept(all.subList(0, 500)).size());
        assertEquals(510, cursor.position());
        assertEquals(500, cursor.accept(all.subList(500, 1_000)).size());
        assertEquals(1_010, cursor.position());
        cursor.jumpTo(5_000);
        assertEquals(List.of(), cursor.accept(List.of(change(4_999, "bea"))));
    }
}
