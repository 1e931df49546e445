package dev.candor.exchange;

/**
 * What an import did, record by record: for the report after it.
 *
 * @param created   new records
 * @param updated   existing customers the file's values were written over
 * @param unchanged records identical to an existing customer, left alone
 * @param skipped   look-alikes the user chose not to import
 * @since 0.1
 */
public record ImportResult(int created, int updated, int unchanged, int skipped) {

    /** What became of one record. */
    public enum Kind {
        CREATED, UPDATED, UNCHANGED, SKIPPED
    }

    /** The records written: created and updated. */
    public int written() {
        return created + updated;
    }

    /** Every record of the file. */
    public int total() {
        return created + updated + unchanged + skipped;
    }
}
