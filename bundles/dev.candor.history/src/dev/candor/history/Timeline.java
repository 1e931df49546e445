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
