package dev.candor.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A change one client committed, as every client reads it from the {@link ChangeLog}.
 *
 * @param number      its place in the order of changes (increasing; a number taken by a
 *                    transaction that rolled back never appears)
 * @param at          when it was committed
 * @param origin      the client that made it (see {@link ChangeLog#append})
 * @param actor       who made it
 * @param entity      what changed: {@code customer}, {@code interaction}, ... or {@code RELOAD}
 * @param kind        {@code CREATED}, {@code UPDATED} or {@code DELETED}
 * @param ids         the records changed; empty when not known one by one
 * @param customerIds the customers they belong to
 * @since 0.1
 */
public record LoggedChange(long number, Instant at, String origin, String actor, String entity, String kind,
        long[] ids, long[] customerIds) {

    public LoggedChange {
        Objects.requireNonNull(at, "at"); //$NON-NLS-1$
        ids = ids == null ? new long[0] : ids.clone();
        customerIds = customerIds == null ? new long[0] : customerIds.clone();
    }

    @Override
    public long[] ids() {
        return ids.clone();
    }

    @Override
    public long[] customerIds() {
        return customerIds.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LoggedChange c && c.number == number && c.at.equals(at) && c.origin.equals(origin)
                && c.actor.equals(actor) && c.entity.equals(entity) && c.kind.equals(kind)
                && java.util.Arrays.equals(c.ids, ids) && java.util.Arrays.equals(c.customerIds, customerIds);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(number);
    }

    @Override
    public String toString() {
        return number + " " + at + " " + actor + "@" + origin + " " + entity + "/" + kind //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                + java.util.Arrays.toString(ids);
    }
}
