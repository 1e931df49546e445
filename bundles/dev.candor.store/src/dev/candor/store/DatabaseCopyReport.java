package dev.candor.store;

import java.util.List;

/**
 * What a copy of a whole database wrote, table by table, and whether the copy reads back
 * exactly as the original: the same number of rows and the same checksum of their contents.
 *
 * @param tables every table copied, in the order written
 * @param millis how long the copy and its verification took
 * @since 0.1
 */
public record DatabaseCopyReport(List<Table> tables, long millis) {

    /**
     * One table: its rows and a SHA-256 of their values (read in primary-key order, each
     * value in a canonical text form) in the source and, read back, in the target.
     */
    public record Table(String name, long sourceRows, long targetRows, String sourceChecksum,
            String targetChecksum) {

        /** Whether the target holds exactly what the source holds. */
        public boolean verified() {
            return sourceRows == targetRows && sourceChecksum.equals(targetChecksum);
        }
    }

    public DatabaseCopyReport {
        tables = List.copyOf(tables);
    }

    /** Whether every table verified. */
    public boolean verified() {
        return tables.stream().allMatch(Table::verified);
    }

    /** All rows copied. */
    public long rows() {
        return tables.stream().mapToLong(Table::sourceRows).sum();
    }
}
