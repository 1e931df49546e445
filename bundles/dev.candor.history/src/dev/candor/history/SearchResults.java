package dev.candor.history;

import java.util.List;

import dev.candor.model.Interaction;
import dev.candor.store.CustomerSummary;

/**
 * One page of search results.
 *
 * @param customerTotal how many customers match in all
 * @param interactionTotal how many interactions match in all
 * @since 0.1
 */
public record SearchResults(String query, List<CustomerSummary> customers, long customerTotal,
        List<InteractionHit> interactions, long interactionTotal) {

    /** Whether nothing matched. */
    public boolean isEmpty() {
        return customers.isEmpty() && interactions.isEmpty();
    }

    /**
     * A matching interaction.
     *
     * @param customerName the name of the customer it belongs to
     * @param snippet the passage around the first match, on one line
     */
    public record InteractionHit(Interaction interaction, String customerName, String snippet) {
    }
}
