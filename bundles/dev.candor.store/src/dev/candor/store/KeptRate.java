package dev.candor.store;

/**
 * How one account manager or customer fares with promises: kept on time, kept late,
 * broken, and still open past their due time. Cancelled commitments do not count.
 *
 * @since 0.1
 */
public record KeptRate(String key, String label, long keptOnTime, long keptLate, long broken, long overdue) {

    /** Commitments whose outcome is known or already late. */
    public long decided() {
        return keptOnTime + keptLate + broken + overdue;
    }

    /** Kept on time among {@link #decided()}, from 0 to 1; NaN when nothing is decided yet. */
    public double rate() {
        long decided = decided();
        return decided == 0 ? Double.NaN : (double) keptOnTime / decided;
    }
}
