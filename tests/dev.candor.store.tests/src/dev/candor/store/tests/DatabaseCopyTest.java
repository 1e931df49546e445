package dev.candor.store.tests;

import dev.candor.testing.postgresql.PostgreSqlServer;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import dev.candor.demo.DemoSeeder;
import dev.candor.model.Customer;
import dev.candor.model.Interaction;
import dev.candor.store.CandorStore;
import dev.candor.store.DatabaseCopyReport;
import dev.candor.store.StoreConfiguration;
import dev.candor.store.StoreException;

/**
 * Moving a team from Derby to PostgreSQL: the demo data set and a record of every other kind
 * (reviews, shared documents, audit, another bundle's table) copied whole, verified table by
 * table, and the PostgreSQL database then works as the team's; a target with records, a missing
 * source and a cancel write nothing.
 */
public class DatabaseCopyTest {

    private Path dir;
    private StoreConfiguration derby;
    private PostgreSqlServer server;
    private String database;
    private StoreConfiguration postgresql;

    @Before
    public void prepare() throws Exception {
        dir = StoreFixture.tempDir("candor-copy").resolve("db");
        derby = StoreConfiguration.embedded(dir);
        server = PostgreSqlServer.get();
        database = server.newDatabase("mover");
        postgresql = StoreConfiguration.parse("postgresql://mover@127.0.0.1:" + server.port() + "/" + database);
    }

    @After
    public void clean() throws Exception {
        server.dropDatabase(database);
        StoreFixture.deleteTree(dir.getParent());
    }

    /** The demo data set, plus one record of each kind the demo does not write. */
    private long[] fill() throws Exception {
        try (CandorStore store = StoreFixture.provider().open(derby, StoreFixture.CLOCK)) {
            DemoSeeder.seed(store, 20261122L, StoreFixture.CLOCK, 120, 6, new NullProgressMonitor());
            long first = store.call(s -> s.customers().firstSummariesByName(1)).get(0).id();
            Customer customer = store.call(s -> s.customers().find(first)).orElseThrow();
            Interaction call = StoreFixture.interaction(customer.getId(), "Звонок о доставке", 1_700_000_000_000L);
            store.call(s -> {
                s.interactions().save(call);
                return null;
            });
            dev.candor.model.ChecklistTemplate t = store.call(s -> s.reviews().publishTemplate("copy",
                    StoreContract.template("Checklist", "personal-data", "courtesy"), "admin"));
            store.call(s -> {
                s.reviews().save(StoreContract.review(call.getId(), t, dev.candor.model.ReviewKind.PEER, 1_000, 50,
                        StoreContract.verdict("personal-data", dev.candor.model.Verdict.FAIL, "4111 1111 1111 1111",
                                "Номер карты"),
                        StoreContract.verdict("courtesy", dev.candor.model.Verdict.PASS, null, null)));
                s.sharedDocuments().save("response-policy/sales", "zone = Europe/Warsaw\nurgent = 2h\n", 0, "admin");
                s.audit().append(new dev.candor.store.AuditEntry(0, new Date(StoreFixture.CLOCK.millis()), "Olena",
                        "customer.update", customer.getId(), "Телефон изменён", "{\"phone\":\"+48 600\"}"));
                s.sql().insertVersioned("STORE_TEST.VISIT", Map.of("CUSTOMER_ID", customer.getId(), "PLACE", "Kraków",
                        "CHANNEL", "meeting"));
                return null;
            });
            long customers = store.call(s -> s.customers().count());
            return new long[] { customers, customer.getId(), call.getId() };
        }
    }

    @Test
    public void theDemoDataMovesWholeAndVerifiedAndThenServesTheTeam() throws Exception {
        long[] filled = fill();
        AtomicInteger ticks = new AtomicInteger();
        DatabaseCopyReport report = StoreFixture.provider().copy(derby, postgresql, StoreFixture.CLOCK,
                new NullProgressMonitor() {
                    @Override
                    public void worked(int work) {
                        ticks.addAndGet(work);
                    }
                });
        assertTrue(report.toString(), report.verified());
        assertTrue("progress was reported", ticks.get() > 10);
        Map<String, Long> rows = new java.util.TreeMap<>();
        for (DatabaseCopyReport.Table t : report.tables()) {
            rows.put(t.name().toUpperCase(java.util.Locale.ROOT), t.sourceRows());
            assertEquals(t.name(), t.sourceChecksum(), t.targetChecksum());
        }
        assertEquals(filled[0], (long) rows.get("CUSTOMER"));
        for (String table : List.of("CUSTOMER", "CONTACT", "CUSTOMER_TAG", "INTERACTION", "COMMITMENT",
                "COMMITMENT_CHANGE", "CHECKLIST_TEMPLATE", "CHECKLIST_ITEM", "ETHICS_REVIEW", "ITEM_VERDICT",
                "SHARED_DOCUMENT", "AUDIT_ENTRY", "STORE_TEST.VISIT")) {
            assertTrue(table + " was copied with rows: " + rows, rows.getOrDefault(table, 0L) > 0);
        }
        assertTrue("parents before children: " + report.tables(), indexOf(report, "CUSTOMER") < indexOf(report, "INTERACTION"));

        // the team opens it: the same records, and new ones get ids and change numbers after the copied
        try (CandorStore team = StoreFixture.provider().open(postgresql, StoreFixture.CLOCK);
                CandorStore old = StoreFixture.provider().open(derby, StoreFixture.CLOCK)) {
            Customer there = team.call(s -> s.customers().find(filled[1])).orElseThrow();
            Customer here = old.call(s -> s.customers().find(filled[1])).orElseThrow();
            assertTrue(org.eclipse.emf.ecore.util.EcoreUtil.equals(here, there));
            assertEquals("Номер карты", team.call(s -> s.reviews().forInteraction(filled[2])).get(0).getVerdicts()
                    .get(0).getComment());
            long lastChange = team.call(s -> s.searchFeed().lastChange());
            assertEquals(old.call(s -> s.searchFeed().lastChange()), (Long) lastChange);
            Customer added = StoreFixture.customer("Nowy Klient", "nowy@example.pl");
            team.call(s -> {
                s.customers().save(added);
                return null;
            });
            long maxCopied = old.call(s -> s.sql().queryLong("SELECT MAX(ID) FROM CUSTOMER"));
            assertTrue("a new id follows the copied ones", added.getId() > maxCopied);
            assertTrue("the new customer's change number follows the copied ones",
                    team.call(s -> s.searchFeed().lastChange()) > lastChange);
        }
    }

    private static int indexOf(DatabaseCopyReport report, String table) {
        for (int i = 0; i < report.tables().size(); i++) {
            if (report.tables().get(i).name().equalsIgnoreCase(table)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    public void aTargetWithRecordsIsRefusedAndKeepsThem() throws Exception {
        fill();
        try (CandorStore team = StoreFixture.provider().open(postgresql.creating(), StoreFixture.CLOCK)) {
            team.call(s -> {
                s.customers().save(StoreFixture.customer("Już tu jest", "jest@example.pl"));
                return null;
            });
        }
        try {
            StoreFixture.provider().copy(derby, postgresql, StoreFixture.CLOCK, new NullProgressMonitor());
            fail("copied into a database with records");
        } catch (StoreException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("CUSTOMER") || e.getMessage().contains("customer"));
        }
        assertEquals(1, count("customer"));
    }

    @Test
    public void aCancelledCopyWritesNothing() throws Exception {
        fill();
        NullProgressMonitor monitor = new NullProgressMonitor() {
            private int work;

            @Override
            public void worked(int w) {
                work += w;
                if (work > 3) {
                    setCanceled(true);
                }
            }
        };
        try {
            StoreFixture.provider().copy(derby, postgresql, StoreFixture.CLOCK, monitor);
            fail("a cancelled copy finished");
        } catch (OperationCanceledException expected) {
            // nothing written: the rows were one transaction
        }
        assertEquals(0, count("customer"));
        assertEquals(0, count("interaction"));
        // and the copy can simply be run again
        assertTrue(StoreFixture.provider().copy(derby, postgresql, StoreFixture.CLOCK, new NullProgressMonitor())
                .verified());
    }

    @Test
    public void aMissingSourceOrAWrongDirectionSaysSoAndCreatesNothing() throws Exception {
        Path nowhere = dir.getParent().resolve("no-such-db");
        try {
            StoreFixture.provider().copy(StoreConfiguration.embedded(nowhere), postgresql, StoreFixture.CLOCK,
                    new NullProgressMonitor());
            fail("copied from nowhere");
        } catch (StoreException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(nowhere.toString()));
        }
        assertFalse(java.nio.file.Files.exists(nowhere));
        try {
            StoreFixture.provider().copy(postgresql, derby, StoreFixture.CLOCK, new NullProgressMonitor());
            fail("copied PostgreSQL into Derby");
        } catch (StoreException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("PostgreSQL"));
        }
        assertEquals("the target was not even set up", List.of(), tables());
    }

    private long count(String table) throws Exception {
        try (Connection db = server.connect(database); Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private List<String> tables() throws Exception {
        List<String> names = new java.util.ArrayList<>();
        try (Connection db = server.connect(database);
                ResultSet rows = db.getMetaData().getTables(null, "public", "%", new String[] { "TABLE" })) {
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
