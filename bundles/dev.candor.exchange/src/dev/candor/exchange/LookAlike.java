package dev.candor.exchange;

import java.util.List;

import dev.candor.store.CustomerSummary;

/**
 * A record of an import file that looks like customers already in Candor (the same e-mail, phone
 * or name, as New Customer warns), found before the import so that the user can say what to do
 * with it.
 *
 * @param line      the record's line in the file
 * @param name      the record's name, as the file gives it
 * @param details   what else identifies it in the file (e-mail, phone, city), for the user
 * @param existing  the customers it looks like, the most alike first
 * @param identical whether the first of {@code existing} already holds every value the file gives:
 *                  importing it would change nothing
 * @since 0.1
 */
public record LookAlike(int line, String name, String details, List<CustomerSummary> existing, boolean identical) {

    public LookAlike {
        existing = List.copyOf(existing);
    }
}
