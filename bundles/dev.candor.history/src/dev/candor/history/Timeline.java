package dev.candor.history;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dev.candor.model.Interaction;

/**
 * A customer's interactions as the history view shows them: newest first,
 * grouped by the local day they started on.
 *
 * @since 0.1
 */
public final class Timeline {

    private Timeline() {
    }

    /** One day of the timeline. */
    public record Day(LocalDate date, List<Interaction> interactions) {
    }

    /** The order of the store's lists: newest first, the later logged first within the same time. */
    public static final java.util.Comparator<Interaction> NEWEST_FIRST = java.util.Comparator
            .comparing(Interaction::getStartedAt, java.util.Comparator.reverseOrder())
            .thenComparing(Interaction::getId, java.util.Comparator.reverseOrder());

    /**
     * A customer's history after some of its interactions changed, without reading it all again:
     * those with {@code changedIds} are replaced by {@code reread} (the same ids read again), and
     * those gone or now of another customer leave; an interaction moved to this customer joins.
     *
     * @param newestFirst the history of {@code customerId} as shown, newest first
     * @return a new list, newest first
     */
    public static List<Interaction> replace(List<Interaction> newestFirst, java.util.Collection<Long> changedIds,
            List<Interaction> reread, long customerId) {
        java.util.Set<Long> changed = new java.util.HashSet<>(changedIds);
        List<Interaction> next = new ArrayList<>(newestFirst.size() + reread.size());
        for (Interaction interaction : newestFirst) {
            if (!changed.contains(interaction.getId())) {
                next.add(interaction);
            }
        }
        for (Interaction interaction : reread) {
            if (interaction.getCustomerId() == customerId && changed.contains(interaction.getId())) {
                next.add(interaction);
            }
        }
        next.sort(NEWEST_FIRST);
        return next;
    }

    /**
     * Groups interactions that are already newest first (as the store lists
     * them) into days, keeping only those {@code filter} accepts.
     */
    public static List<Day> group(List<Interaction> newestFirst, TimelineFilter filter, ZoneId zone) {
        TimelineFilter.Matcher matcher = filter.matcher(zone);
        List<Day> days = new ArrayList<>();
        LocalDate current = null;
        List<Interaction> today = null;
        for (Interaction interaction : newestFirst) {
            if (!matcher.matches(interaction)) {
                continue;
            }
            LocalDate day = LocalDate.ofInstant(interaction.getStartedAt().toInstant(), zone);
            if (!day.equals(current)) {
                current = day;
                today = new ArrayList<>();
                days.add(new Day(day, today));
            }
            today.add(interaction);
        }
        return days;
    }
}
