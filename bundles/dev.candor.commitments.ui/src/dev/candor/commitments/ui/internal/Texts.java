package dev.candor.commitments.ui.internal;


import org.eclipse.osgi.util.NLS;

import dev.candor.commitments.DueBuckets;
import dev.candor.model.CommitmentKind;
import dev.candor.model.CommitmentStatus;
import dev.candor.store.CommitmentSummary;
import dev.candor.ui.Labels;

/** How commitments read in the UI: time left, bucket names, status words. */
final class Texts {

    private static final long MINUTE = 60_000L;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    private Texts() {
    }

    static String bucket(DueBuckets.Bucket bucket) {
        return switch (bucket) {
        case OVERDUE -> Messages.Bucket_Overdue;
        case TODAY -> Messages.Bucket_Today;
        case THIS_WEEK -> Messages.Bucket_ThisWeek;
        case LATER -> Messages.Bucket_Later;
        case CLOSED -> Messages.Bucket_Closed;
        };
    }

    /** "2 d 3 h", "45 min": a span rounded to what matters. */
    static String span(long millis) {
        long m = Math.abs(millis);
        if (m >= DAY) {
            long days = m / DAY;
            long hours = (m % DAY) / HOUR;
            return hours == 0 || days >= 7 ? NLS.bind(Messages.Span_Days, days)
                    : NLS.bind(Messages.Span_DaysHours, days, hours);
        }
        if (m >= HOUR) {
            long hours = m / HOUR;
            long minutes = (m % HOUR) / MINUTE;
            return minutes == 0 ? NLS.bind(Messages.Span_Hours, hours)
                    : NLS.bind(Messages.Span_HoursMinutes, hours, minutes);
        }
        return NLS.bind(Messages.Span_Minutes, Math.max(1, m / MINUTE));
    }

    /** "overdue by 2 d 3 h", "in 45 min", "kept 20.11.2026, on time". */
    static String left(CommitmentSummary c, long now) {
        if (!c.isOpen()) {
            String when = c.closedAt() == 0 ? "" : dev.candor.nls.Dates.date(java.time.Instant.ofEpochMilli(c.closedAt()), dev.candor.ui.CandorUi.zone()); //$NON-NLS-1$
            if (c.status() == CommitmentStatus.KEPT) {
                return NLS.bind(c.closedAt() <= c.dueAt() ? Messages.Left_KeptOnTime : Messages.Left_KeptLate, when);
            }
            return NLS.bind(Messages.Left_Closed, Labels.of(c.status()), when);
        }
        long left = c.dueAt() - now;
        return left < 0 ? NLS.bind(Messages.Left_Overdue, span(left)) : NLS.bind(Messages.Left_In, span(left));
    }

    static String due(long dueAt) {
        return dev.candor.nls.Dates.dateTime(java.time.Instant.ofEpochMilli(dueAt), dev.candor.ui.CandorUi.zone());
    }

    static String kind(CommitmentKind kind) {
        return kind == CommitmentKind.RESPOND ? Messages.Kind_Respond : Messages.Kind_Promise;
    }

    static String percent(double rate) {
        return Double.isNaN(rate) ? "\u2013" : Math.round(rate * 100) + " %"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
