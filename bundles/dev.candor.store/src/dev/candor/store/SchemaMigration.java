package dev.candor.store;

/**
 * One step of a contributed schema written in Java (extension point
 * {@code dev.candor.store.schemas}, attribute {@code class}). It runs in one transaction with the
 * contributed schema as the current one; throwing rolls the step back.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface SchemaMigration {

    /**
     * Applies the step.
     *
     * @param sql the step's transaction; unqualified table names are the schema's own
     */
    void apply(Sql sql) throws StoreException;
}
