package dev.candor.history;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.candor.model.Channel;
import dev.candor.model.Interaction;

/**
 * Which interactions of a customer's history to show.
 *
 * @param channels the channels shown; all when it holds every channel
 * @param from first day shown, inclusive; {@code null} for no limit
 * @param to last day shown, inclusive; {@code null} for no limit
 * @param text words that must all occur (folded, at a word start) in subject,
 *            notes or participants; blank for any
 * @since 0.1
 */
public record TimelineFilter(Set<Channel> channels, LocalDate from, LocalDate to, String text) {

    /** Everything. */
    public static final TimelineFilter ALL = new TimelineFilter(EnumSet.allOf(Channel.class), null, null, ""); //$NON-NLS-1$

    public TimelineFilter {
        channels = channels.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(channels);
        text = text == null ? "" : text; //$NON-NLS-1$
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("The first day " + from + " is after the last day " + to + "."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    /** Whether anything is filtered out. */
    public boolean isRestricted() {
        return channels.size() < Channel.VALUES.size() || from != null || to != null || !text.isBlank();
    }

    /** A predicate for this filter, with the words of the text folded once. */
    public Matcher matcher(ZoneId zone) {
        return new Matcher(this, zone, Snippets.words(text));
    }

    /** Tests interactions against one filter. */
    public static final class Matcher {
        private final TimelineFilter filter;
        private final ZoneId zone;
        private final List<String> words;

        Matcher(TimelineFilter filter, ZoneId zone, List<String> words) {
            this.filter = filter;
            this.zone = zone;
            this.words = words;
        }

        public boolean matches(Interaction interaction) {
            if (!filter.channels.contains(interaction.getChannel())) {
                return false;
            }
            if (filter.from != null || filter.to != null) {
                LocalDate day = LocalDate.ofInstant(interaction.getStartedAt().toInstant(), zone);
                if (filter.from != null && day.isBefore(filter.from) || filter.to != null && day.isAfter(filter.to)) {
                    return false;
                }
            }
            for (String word : words) {
                List<String> one = List.of(word);
                if (Snippets.firstMatch(interaction.getSubject(), one) < 0
                        && Snippets.firstMatch(interaction.getNotes(), one) < 0
                        && Snippets.firstMatch(String.join(" ", interaction.getParticipants()), one) < 0) { //$NON-NLS-1$
                    return false;
                }
            }
            return true;
        }
    }
}
