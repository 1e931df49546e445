package dev.candor.store.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of other bundles' tables that refer to customers and interactions (see
 * {@link ContributedSchema}), of the tables that exist in the open database: merges move the
 * rows, deletions delete them or clear the reference.
 */
record References(List<Column> customers, List<Column> interactions) {

    /** A referring column, with what its rows are for people. */
    record Column(String table, String column, String label) {
    }

    static final References NONE = new References(List.of(), List.of());

    static References of(List<ContributedSchema> schemas, java.util.function.Predicate<String> exists) {
        List<Column> customers = new ArrayList<>();
        List<Column> interactions = new ArrayList<>();
        for (ContributedSchema schema : schemas) {
            for (ContributedSchema.Reference reference : schema.customerReferences()) {
                if (exists.test(reference.qualified(schema.name()))) {
                    customers.add(new Column(reference.qualified(schema.name()), reference.column(), schema.label()));
                }
            }
            for (ContributedSchema.Reference reference : schema.interactionReferences()) {
                if (exists.test(reference.qualified(schema.name()))) {
                    interactions.add(new Column(reference.qualified(schema.name()), reference.column(), schema.label()));
                }
            }
        }
        return new References(List.copyOf(customers), List.copyOf(interactions));
    }
}
