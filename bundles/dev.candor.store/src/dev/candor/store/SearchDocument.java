package dev.candor.store;

import java.util.Date;

/**
 * The searchable text of a customer or an interaction, as a search index
 * reads it after a change.
 *
 * @param customerId the customer's own id for a customer, its owner for an interaction
 * @param at when the interaction started, or when the customer was created
 * @param title the customer's name or the interaction's subject
 * @param text everything else that is searched
 * @param changeSeq the change number this version was written with; larger is newer
 * @since 0.1
 */
public record SearchDocument(Kind kind, long id, long customerId, Date at, String title, String text,
        long changeSeq) {

    /** The two kinds of searchable records. */
    public enum Kind {
        CUSTOMER, INTERACTION
    }
}
