package dev.candor.profiles;

import java.util.List;
import java.util.Set;

import dev.candor.store.CustomerSummary;

/**
 * Customers that look like one person or organisation recorded more than once.
 *
 * @param members at least two, by name
 * @param reasons why they were grouped
 * @since 0.1
 */
public record DuplicateGroup(List<CustomerSummary> members, Set<Reason> reasons) {

    /** What two records of a group share. */
    public enum Reason {
        /** The same e-mail address, ignoring case. */
        EMAIL,
        /** The same phone number, by its last nine digits. */
        PHONE,
        /** The same name (any word order, case and diacritics ignored) in the same city. */
        NAME_AND_CITY
    }
}
