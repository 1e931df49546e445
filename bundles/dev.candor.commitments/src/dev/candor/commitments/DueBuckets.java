package dev.candor.commitments;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import dev.candor.store.CommitmentSummary;

/**
 * Sorts due times into the buckets an account manager plans by (overdue, today, this week,
 * later) as of one moment, with the day boundaries worked out once so that classifying
 * hundreds of thousands of commitments is a few comparisons each.
 *
 * @since 0.1
 */
public final class DueBuckets {

    public enum Bucket {
        OVERDUE, TODAY, THIS_WEEK, LATER, CLOSED
    }

    /** Open commitments due within this time count as due soon. */
    public static final Duration DUE_SOON = Duration.ofHours(4);

    /** How many commitments fall in each bucket, and how many of the open ones are due soon. */
    public record Counts(int overdue, int today, int thisWeek, int later, int closed, int dueSoon) {
        public int open() {
            return overdue + today + thisWeek + later;
        }
    }

    private final long now;
    private final long endOfToday;
    private final long endOfWeek;
    private final long soon;

    private DueBuckets(long now, long endOfToday, long endOfWeek) {
        this.now = now;
        this.endOfToday = endOfToday;
        this.endOfWeek = endOfWeek;
        this.soon = now + DUE_SOON.toMillis();
    }

    /** The buckets as of {@code now}; days and weeks (Monday to Sunday) as {@code zone} counts them. */
    public static DueBuckets at(Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        long endOfToday = today.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        long endOfWeek = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atStartOfDay(zone).toInstant()
                .toEpochMilli();
        return new DueBuckets(now.toEpochMilli(), endOfToday, endOfWeek);
    }

    public long now() {
        return now;
    }

    public Bucket of(long dueAt, boolean open) {
        if (!open) {
            return Bucket.CLOSED;
        }
        if (dueAt < now) {
            return Bucket.OVERDUE;
        }
        if (dueAt < endOfToday) {
            return Bucket.TODAY;
        }
        return dueAt < endOfWeek ? Bucket.THIS_WEEK : Bucket.LATER;
    }

    public Bucket of(CommitmentSummary c) {
        return of(c.dueAt(), c.isOpen());
    }

    /** Open, not yet overdue, and due within {@link #DUE_SOON}. */
    public boolean isDueSoon(long dueAt, boolean open) {
        return open && dueAt >= now && dueAt < soon;
    }

    /** Classifies every commitment: the overdue recomputation the view and the reminders run each minute. */
    public Counts count(List<CommitmentSummary> commitments) {
        int overdue = 0;
        int today = 0;
        int week = 0;
        int later = 0;
        int closed = 0;
        int dueSoon = 0;
        for (CommitmentSummary c : commitments) {
            boolean open = c.isOpen();
            switch (of(c.dueAt(), open)) {
            case OVERDUE -> overdue++;
            case TODAY -> today++;
            case THIS_WEEK -> week++;
            case LATER -> later++;
            default -> closed++;
            }
            if (isDueSoon(c.dueAt(), open)) {
                dueSoon++;
            }
        }
        return new Counts(overdue, today, week, later, closed, dueSoon);
    }
}
