package dev.candor.store.internal;

import java.util.List;

import dev.candor.store.SchemaMigration;

/**
 * A schema contributed through {@code dev.candor.store.schemas}: its migrations and the columns
 * that refer to customers and interactions.
 */
record ContributedSchema(String name, String label, String contributor, List<Step> steps,
        List<Reference> customerReferences, List<Reference> interactionReferences) {

    /** One migration: a script's statements, or a class. */
    record Step(int version, String description, String script, Factory factory) {
    }

    /** Creates a class-based step's object (late, so a bundle's classes load only when needed). */
    @FunctionalInterface
    interface Factory {
        SchemaMigration create() throws Exception;
    }

    /** A column of one of the schema's tables. */
    record Reference(String table, String column) {
        String qualified(String schema) {
            return schema + "." + table; //$NON-NLS-1$
        }
    }

    int latest() {
        return steps.isEmpty() ? 0 : steps.get(steps.size() - 1).version();
    }
}
