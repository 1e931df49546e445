package dev.candor.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;

import dev.candor.store.CandorStore;
import dev.candor.store.StoreConfiguration;
import dev.candor.store.internal.JdbcStoreProvider;
import dev.candor.store.internal.SchemaMigrator;

/**
 * How long the upgrade to schema 11 (instants as epoch milliseconds) takes on a large database
 * of release 0.1: N customers, M interactions with as many automatic reviews, N commitments,
 * their times written as zone-less TIMESTAMPs of Europe/Warsaw the way release 0.1 wrote them.
 * Rows are multiplied by INSERT ... SELECT, which is quick; the upgrade then runs as a Candor
 * on that machine runs it when it first opens the database.
 *
 * <pre>java dev.candor.benchmark.MigrationBenchmark work-dir customers interactions</pre>
 */
public final class MigrationBenchmark {

    private MigrationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int customers = Integer.parseInt(args[1]);
        int interactions = Integer.parseInt(args[2]);
        Path db = work.resolve("db-release-0.1-" + customers + "-" + interactions);
        Benchmark.deleteTree(db);
        Files.createDirectories(work);
        long start = System.nanoTime();
        create(db, customers, interactions);
        System.out.printf("schema-10 database of %d customers, %d interactions, %d reviews and %d commitments written"
                + " in %.1f s, %d MB on disk%n", customers, interactions, interactions, customers,
                (System.nanoTime() - start) / 1e9, Benchmark.size(db) / (1024 * 1024));
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long[] peak = { heapBefore };
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak[0] = Math.max(peak[0], runtime.totalMemory() - runtime.freeMemory());
                try {
                    Thread.sleep(100); // sampling the heap while the upgrade runs
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long upgrade = System.nanoTime();
        try (CandorStore store = new JdbcStoreProvider().open(StoreConfiguration.embedded(db), Benchmark.CLOCK)) {
            double seconds = (System.nanoTime() - upgrade) / 1e9;
            sampler.interrupt();
            sampler.join();
            long read = store.call(s -> s.interactions().count());
            System.out.printf("upgrade to schema %d (instants as epoch milliseconds, written in %s): %.1f s,"
                    + " heap peak %d MB (-Xmx of this run: %d MB); %d interactions readable after it%n",
                    store.getSchemaVersion(), Benchmark.CLOCK.getZone(), seconds, peak[0] / (1024 * 1024),
                    runtime.maxMemory() / (1024 * 1024), read);
        }
        Benchmark.deleteTree(db);
    }

    private static void create(Path db, int customers, int interactions) throws Exception {
        Properties credentials = new Properties();
        credentials.setProperty("user", "candor");
        credentials.setProperty("password", "candor");
        EmbeddedDriver driver = new EmbeddedDriver();
        try (Connection c = driver.connect("jdbc:derby:" + db + ";create=true", credentials)) {
            SchemaMigrator.migrate(c, db.toString(), 10, Benchmark.CLOCK);
            c.setAutoCommit(false);
            LocalDateTime base = LocalDateTime.of(2026, 10, 25, 2, 30); // the repeated hour, in Warsaw
            try (PreparedStatement customer = c.prepareStatement("INSERT INTO CUSTOMER (VERSION, KIND, NAME, OWNER,"
                    + " CONSENT_MARKETING, CONSENT_DATA, CONSENT_RECORDING, CREATED_AT)"
                    + " VALUES (1, 'person', 'Olena Kovalenko', 'anna', FALSE, TRUE, FALSE, ?)")) {
                customer.setTimestamp(1, Timestamp.valueOf(base));
                customer.executeUpdate();
            }
            multiply(c, "CUSTOMER", customers, "VERSION, KIND, NAME, OWNER, CONSENT_MARKETING, CONSENT_DATA,"
                    + " CONSENT_RECORDING, CREATED_AT", "VERSION, KIND, NAME, OWNER, CONSENT_MARKETING, CONSENT_DATA,"
                    + " CONSENT_RECORDING, {fn TIMESTAMPADD(SQL_TSI_MINUTE, -ID, CREATED_AT)}");
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO INTERACTION (VERSION, CUSTOMER_ID, CHANNEL, DIRECTION, STARTED_AT, ENDED_AT,"
                        + " SUBJECT, NOTES, AWAITING_RESPONSE) SELECT 1, ID, 'email', 'inbound', CREATED_AT,"
                        + " {fn TIMESTAMPADD(SQL_TSI_MINUTE, 20, CREATED_AT)}, 'Question about the invoice',"
                        + " 'Dzień dobry, proszę o korektę faktury.', TRUE FROM CUSTOMER");
            }
            multiply(c, "INTERACTION", interactions, "VERSION, CUSTOMER_ID, CHANNEL, DIRECTION, STARTED_AT, ENDED_AT,"
                    + " SUBJECT, NOTES, AWAITING_RESPONSE", "VERSION, CUSTOMER_ID, CHANNEL, DIRECTION,"
                    + " {fn TIMESTAMPADD(SQL_TSI_HOUR, -ID, STARTED_AT)}, {fn TIMESTAMPADD(SQL_TSI_HOUR, -ID, ENDED_AT)},"
                    + " SUBJECT, NOTES, AWAITING_RESPONSE");
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO ETHICS_REVIEW (VERSION, INTERACTION_ID, TEMPLATE_VERSION, REVIEWER, KIND,"
                        + " REVIEWED_AT, SCORE) SELECT 1, ID, 1, 'Candor', 'automatic',"
                        + " {fn TIMESTAMPADD(SQL_TSI_MINUTE, 5, STARTED_AT)}, 92.5 FROM INTERACTION");
                s.executeUpdate("INSERT INTO COMMITMENT (VERSION, CUSTOMER_ID, DESCRIPTION, OWNER, CREATED_AT, DUE_AT,"
                        + " PRIORITY, STATUS) SELECT 1, ID, 'Send the corrected invoice', 'anna', CREATED_AT,"
                        + " {fn TIMESTAMPADD(SQL_TSI_DAY, 2, CREATED_AT)}, 'medium', 'open' FROM CUSTOMER");
            }
            c.commit();
        }
        try {
            driver.connect("jdbc:derby:" + db + ";shutdown=true", new Properties());
        } catch (java.sql.SQLException expected) {
            // 08006: shut down
        }
    }

    /** Doubles the rows of {@code table} (copying {@code select} into {@code columns}) until it has {@code count}. */
    private static void multiply(Connection c, String table, int count, String columns, String select)
            throws Exception {
        try (Statement s = c.createStatement()) {
            while (true) {
                long have;
                try (ResultSet rows = s.executeQuery("SELECT COUNT(*), MAX(ID) FROM " + table)) {
                    rows.next();
                    have = rows.getLong(1);
                }
                if (have >= count) {
                    return;
                }
                s.executeUpdate("INSERT INTO " + table + " (" + columns + ") SELECT " + select + " FROM " + table
                        + " FETCH FIRST " + Math.min(have, count - have) + " ROWS ONLY");
                c.commit();
            }
        }
    }
}
