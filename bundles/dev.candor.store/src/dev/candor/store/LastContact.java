package dev.candor.store;

/**
 * A customer and when Candor last recorded a conversation with them.
 *
 * @param lastContact epoch milliseconds of the newest interaction; 0 when there is none
 * @since 0.1
 */
public record LastContact(long id, String name, String organisation, long lastContact) {

    /** Whether no interaction with the customer is recorded at all. */
    public boolean never() {
        return lastContact == 0;
    }
}
