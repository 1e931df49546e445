package dev.candor.profiles.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import dev.candor.model.CandorFactory;
import dev.candor.model.Contact;
import dev.candor.model.Customer;
import dev.candor.model.Language;
import dev.candor.profiles.CustomerService;
import dev.candor.services.DataChange;
import dev.candor.services.DataTopics;
import dev.candor.profiles.MergeResult;
import dev.candor.store.AuditEntry;
import dev.candor.store.CandorStore;
import dev.candor.store.ConflictException;
import dev.candor.store.RecordCounts;
import dev.candor.store.StoreConfiguration;

/** Merging duplicates: what moves, what is combined, and that it is all or nothing. */
public class MergeTest {

    private static final long DAY = 86_400_000L;

    private Path dir;
    private Path db;
    private CandorStore store;
    private CustomerService profiles;
    private final List<DataChange> announced = new java.util.ArrayList<>();
    private Customer survivor;
    private Customer duplicate;

    @Before
    public void open() throws Exception {
        dir = Files.createTempDirectory("candor-merge");
        db = dir.resolve("db");
        store = Fixture.provider().open(StoreConfiguration.embedded(db), Fixture.CLOCK);
        profiles = Fixture.customers(store, "Olena", announced);
        survivor = Fixture.customer("Marek Wiśniewski", "marek@wisniewski.pl", null, "Gdańsk", Language.POLISH);
        survivor.getTags().add("VIP");
        Contact assistant = CandorFactory.eINSTANCE.createContact();
        assistant.setName("Ewa Lis");
        assistant.setEmail("ewa@wisniewski.pl");
        survivor.getContacts().add(assistant);
        survivor = profiles.create(survivor);
        duplicate = Fixture.customer("Wisniewski Marek", "MAREK@wisniewski.pl", "+48 501 222 333", "Gdańsk",
                Language.POLISH);
        duplicate.setOrganisation("Wiśniewski i Synowie");
        duplicate.getTags().add("vip");
        duplicate.getTags().add("Hurt");
        Contact same = CandorFactory.eINSTANCE.createContact();
        same.setName("Ewa Lis");
        same.setEmail("EWA@wisniewski.pl");
        Contact accountant = CandorFactory.eINSTANCE.createContact();
        accountant.setName("Tomasz Bąk");
        accountant.setRole("księgowy");
        duplicate.getContacts().add(same);
        duplicate.getContacts().add(accountant);
        duplicate.setNotes("Prefers calls after 10:00.");
        duplicate = profiles.create(duplicate);
        long now = Fixture.CLOCK.millis();
        store.call(session -> {
            for (int i = 0; i < 3; i++) {
                session.interactions().save(Fixture.interaction(survivor.getId(), "Rozmowa " + i, "Dzień dobry.", now - i * DAY));
            }
            for (int i = 0; i < 4; i++) {
                session.interactions().save(Fixture.interaction(duplicate.getId(), "Oferta " + i, "Dziękuję.", now - (10 + i) * DAY));
            }
            session.commitments().save(Fixture.commitment(survivor.getId(), "Oddzwonić", now + DAY));
            session.commitments().save(Fixture.commitment(duplicate.getId(), "Wysłać ofertę", now - DAY));
            return null;
        });
        long reviewed = store.call(session -> session.interactions().listForCustomer(duplicate.getId(), 0, 1).get(0).getId());
        java.util.Properties user = new java.util.Properties();
        user.setProperty("user", "candor");
        user.setProperty("password", "candor");
        try (Connection connection = new org.apache.derby.jdbc.EmbeddedDriver().connect("jdbc:derby:" + db, user);
                PreparedStatement insert = connection.prepareStatement("INSERT INTO ETHICS_REVIEW (VERSION,"
                        + " INTERACTION_ID, TEMPLATE_VERSION, REVIEWER, KIND, REVIEWED_AT, SCORE)"
                        + " VALUES (1, ?, 1, 'Quality Lead', 'peer', ?, 87.5)")) {
            insert.setLong(1, reviewed);
            insert.setLong(2, Fixture.CLOCK.millis());
            insert.executeUpdate();
        }
    }

    @After
    public void close() throws Exception {
        if (store != null) {
            store.close();
        }
        Fixture.deleteTree(dir);
    }

    @Test
    public void mergeMovesEverythingCombinesDetailsAndAudits() throws Exception {
        RecordCounts before = profiles.attached(duplicate.getId());
        assertEquals(new RecordCounts(4, 1, 1, 1, Map.of()), before);

        MergeResult result = profiles.merge(survivor.getId(), survivor.getVersion(), duplicate.getId(),
                duplicate.getVersion(), new NullProgressMonitor());

        assertEquals(before, result.moved());
        assertEquals(new RecordCounts(7, 2, 2, 1, Map.of()), profiles.attached(survivor.getId()));
        assertFalse(store.call(s -> s.customers().find(duplicate.getId())).isPresent());
        Customer merged = store.call(s -> s.customers().find(survivor.getId())).orElseThrow();
        assertEquals("Marek Wiśniewski", merged.getName());
        assertEquals("marek@wisniewski.pl", merged.getEmail()); // the survivor's own value wins
        assertEquals("+48 501 222 333", merged.getPhone()); // what it lacked comes from the duplicate
        assertEquals("Wiśniewski i Synowie", merged.getOrganisation());
        assertEquals(List.of("VIP", "Hurt"), merged.getTags()); // "vip" is the same tag
        assertEquals(List.of("Ewa Lis", "Tomasz Bąk"), merged.getContacts().stream().map(Contact::getName).toList());
        assertTrue(merged.getNotes().contains("Prefers calls after 10:00."));
        assertEquals(survivor.getVersion() + 1, merged.getVersion());

        List<AuditEntry> trail = store.call(s -> s.audit().listForSubject(survivor.getId()));
        AuditEntry merge = trail.get(0);
        assertEquals(CustomerService.MERGE, merge.action());
        assertEquals("Olena", merge.actor());
        assertTrue(merge.summary(), merge.summary().contains("4 interactions, 1 commitment (1 open) and 1 ethics review"));
        assertTrue(merge.details().contains("MAREK@wisniewski.pl"));
    }

    @Test
    public void aStaleVersionMergesNothing() throws Exception {
        Customer changed = store.call(s -> s.customers().find(duplicate.getId())).orElseThrow();
        changed.setCity("Sopot");
        store.call(s -> s.customers().save(changed));
        try {
            profiles.merge(survivor.getId(), survivor.getVersion(), duplicate.getId(), duplicate.getVersion(),
                    new NullProgressMonitor());
            fail("merged a record changed by someone else");
        } catch (ConflictException expected) {
            assertTrue(expected.getMessage().contains("changed by someone else"));
        }
        assertEquals(new RecordCounts(4, 1, 1, 1, Map.of()), profiles.attached(duplicate.getId()));
        assertTrue(store.call(s -> s.audit().listForSubject(survivor.getId())).stream()
                .noneMatch(e -> e.action().equals(CustomerService.MERGE)));
    }

    @Test
    public void aCancelledMergeChangesNothing() throws Exception {
        NullProgressMonitor cancelAfterMove = new NullProgressMonitor() {
            private int checks;

            @Override
            public boolean isCanceled() {
                return ++checks >= 2;
            }
        };
        try {
            profiles.merge(survivor.getId(), survivor.getVersion(), duplicate.getId(), duplicate.getVersion(),
                    cancelAfterMove);
            fail("not cancelled");
        } catch (OperationCanceledException expected) {
            // rolled back
        }
        assertEquals(new RecordCounts(4, 1, 1, 1, Map.of()), profiles.attached(duplicate.getId()));
        assertEquals(new RecordCounts(3, 1, 1, 0, Map.of()), profiles.attached(survivor.getId()));
    }

    @Test
    public void deletionNamesWhatGoesAndLeavesATrail() throws Exception {
        RecordCounts removed = profiles.delete(duplicate.getId(), duplicate.getVersion());
        assertEquals(new RecordCounts(4, 1, 1, 1, Map.of()), removed);
        assertFalse(store.call(s -> s.customers().find(duplicate.getId())).isPresent());
        AuditEntry entry = store.call(s -> s.audit().listForSubject(duplicate.getId())).get(0);
        assertEquals(CustomerService.DELETE, entry.action());
        assertTrue(entry.summary(), entry.summary().contains("4 interactions"));
        assertEquals(3, profiles.attached(survivor.getId()).interactions());
    }

    /** Kills a second JVM in the middle of a merge, then lets another one finish. */
    @Test
    public void aMergeKilledBeforeItsCommitLeavesTheDatabaseAsBefore() throws Exception {
        store.close();
        store = null;
        String classPath = Fixture.classPath("dev.candor.profiles.tests", "dev.candor.profiles", "dev.candor.services",
                org.osgi.framework.FrameworkUtil.getBundle(org.osgi.service.event.Event.class).getSymbolicName(),
                "dev.candor.store",
                "dev.candor.model", "dev.candor.derby", "org.eclipse.emf.ecore", "org.eclipse.emf.common",
                "org.eclipse.equinox.common", "org.eclipse.equinox.registry");

        Process killed = startChild(classPath);
        awaitLine(killed, "MOVED");
        killed.destroyForcibly();
        assertTrue(killed.waitFor(60, TimeUnit.SECONDS));

        store = Fixture.provider().open(StoreConfiguration.embedded(db), Fixture.CLOCK);
        profiles = Fixture.customers(store, "Olena", announced);
        assertNotNull(store.call(s -> s.customers().find(duplicate.getId())).orElse(null));
        assertEquals(new RecordCounts(4, 1, 1, 1, Map.of()), profiles.attached(duplicate.getId()));
        assertEquals(new RecordCounts(3, 1, 1, 0, Map.of()), profiles.attached(survivor.getId()));
        store.close();
        store = null;

        Process finished = startChild(classPath);
        awaitLine(finished, "MOVED");
        try (Writer in = new java.io.OutputStreamWriter(finished.getOutputStream(), StandardCharsets.UTF_8)) {
            in.write("go\n");
        }
        awaitLine(finished, "MERGED");
        assertEquals(0, finished.waitFor());

        store = Fixture.provider().open(StoreConfiguration.embedded(db), Fixture.CLOCK);
        profiles = Fixture.customers(store, "Olena", announced);
        assertFalse(store.call(s -> s.customers().find(duplicate.getId())).isPresent());
        assertEquals(new RecordCounts(7, 2, 2, 1, Map.of()), profiles.attached(survivor.getId()));
    }

    private BufferedReader output;

    private Process startChild(String classPath) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", classPath, MergeChild.class.getName(), db.toString(),
                Long.toString(survivor.getId()), Integer.toString(survivor.getVersion()),
                Long.toString(duplicate.getId()), Integer.toString(duplicate.getVersion()))
                .redirectErrorStream(true).directory(dir.toFile()).start();
        output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        return process;
    }

    private void awaitLine(Process process, String expected) throws Exception {
        StringBuilder seen = new StringBuilder();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.equals(expected)) {
                return;
            }
            seen.append(line).append(File.separatorChar == '/' ? "\n" : "\r\n");
        }
        throw new AssertionError("the merge process ended without " + expected + ":\n" + seen);
    }
}
