package dev.candor.exchange;

import java.util.Map;

/**
 * What an import does with the records that look like customers already in Candor, chosen
 * before it runs: per line, and for the lines not named, one resolution for all. A record
 * identical to an existing customer is left alone unless its line says otherwise.
 *
 * @param otherwise what happens to a look-alike whose line has no choice of its own
 * @param lines     the choice per line of the file
 * @since 0.1
 */
public record ImportChoices(Resolution otherwise, Map<Integer, Choice> lines) {

    /** What to do with a record that looks like an existing customer. */
    public enum Resolution {
        /** Leave the existing customer as it is and do not import the record. */
        SKIP,
        /** Write the record's values over the existing customer's (the columns the file has). */
        UPDATE,
        /** Import the record as a new customer all the same. */
        CREATE
    }

    /**
     * One line's choice.
     *
     * @param customerId the existing customer to update; 0 for the most alike one
     */
    public record Choice(Resolution resolution, long customerId) {
    }

    public ImportChoices {
        lines = Map.copyOf(lines);
    }

    /** The same resolution for every look-alike. */
    public static ImportChoices all(Resolution resolution) {
        return new ImportChoices(resolution, Map.of());
    }

    /** The choice for {@code line}, or {@link #otherwise} for any customer. */
    public Choice forLine(int line) {
        return lines.getOrDefault(line, new Choice(otherwise, 0));
    }

    /** Whether {@code line} has a choice of its own. */
    public boolean chosen(int line) {
        return lines.containsKey(line);
    }
}
