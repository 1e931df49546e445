package dev.candor.store.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import dev.candor.store.CandorStore;
import dev.candor.store.CustomerSummary;
import dev.candor.store.DatabaseUnavailableException;
import dev.candor.store.DatabaseUnavailableException.Reason;
import dev.candor.store.StoreConfiguration;
import dev.candor.store.internal.SchemaMigrator;

/** Opening databases: migrations, newer schemas, locked and damaged folders. */
public class DatabaseLifecycleTest {

    private Path root;

    @Before
    public void createRoot() throws IOException {
        root = StoreFixture.tempDir("candor-lifecycle");
    }

    @After
    public void deleteRoot() throws IOException {
        StoreFixture.deleteTree(root);
    }

    private static Connection raw(Path dir, boolean create) throws Exception {
        Properties p = new Properties();
        p.setProperty("user", "candor");
        p.setProperty("password", "candor");
        return new EmbeddedDriver().connect("jdbc:derby:" + dir + (create ? ";create=true" : ""), p);
    }

    private static void shutdown(Path dir) {
        try {
            new EmbeddedDriver().connect("jdbc:derby:" + dir + ";shutdown=true", new Properties());
        } catch (Exception expected) {
            // 08006: shut down
        }
    }

    @Test
    public void newDatabaseIsAtTheCurrentSchema() throws Exception {
        try (CandorStore store = StoreFixture.provider().open(StoreConfiguration.embedded(root.resolve("new")))) {
            assertEquals(SchemaMigrator.CURRENT_VERSION, store.getSchemaVersion());
            assertTrue("a new database has no customer", store.call(s -> s.customers().isEmpty()));
            store.call(s -> {
                s.customers().save(StoreFixture.customer("First", "first@example.com"));
                return null;
            });
            assertFalse(store.call(s -> s.customers().isEmpty()));
            assertEquals(1L, (long) store.call(s -> s.customers().count()));
            assertEquals(14, store.getSchemaVersion());
        }
    }

    @Test
    public void databaseOfSchemaOneIsMigratedAndKeepsItsData() throws Exception {
        Path dir = root.resolve("old");
        try (Connection c = raw(dir, true)) {
            assertEquals(1, SchemaMigrator.migrate(c, dir.toString(), 1, StoreFixture.CLOCK));
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO CUSTOMER (VERSION, KIND, NAME, ORGANISATION, EMAIL, CITY, OWNER,"
                        + " CONSENT_MARKETING, CONSENT_DATA, CONSENT_RECORDING) VALUES (1, 'person', 'Ёлкин Пётр',"
                        + " 'ООО «Ёлка»', 'pyotr@yolka.ru', 'Санкт-Петербург', 'ivan', FALSE, TRUE, FALSE)");
            }
            c.commit();
        }
        shutdown(dir);

        try (CandorStore store = StoreFixture.provider().open(StoreConfiguration.embedded(dir))) {
            assertEquals(14, store.getSchemaVersion());
            List<CustomerSummary> all = new ArrayList<>();
            store.call(s -> {
                s.customers().forEachSummary(all::add);
                return null;
            });
            assertEquals(1, all.size());
            assertEquals("Ёлкин Пётр", all.get(0).name());
            // schema 3 backfilled the folded key: ё folds to е, case is gone
            assertTrue(all.get(0).searchKey(), all.get(0).searchKey().startsWith("елкин петр"));
            assertTrue(all.get(0).searchKey().contains("санкт-петербург"));
        }
    }

    @Test
    public void databaseOfANewerCandorIsRefusedAndLeftUnchanged() throws Exception {
        Path dir = root.resolve("newer");
        StoreFixture.provider().open(StoreConfiguration.embedded(dir)).close();
        try (Connection c = raw(dir, false); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO CANDOR_SCHEMA (VERSION, DESCRIPTION, APPLIED_AT) VALUES (99, 'from the future', 0)")) {
            insert.executeUpdate();
            c.commit();
        }
        shutdown(dir);
        try {
            StoreFixture.provider().open(StoreConfiguration.embedded(dir));
            fail();
        } catch (DatabaseUnavailableException e) {
            assertEquals(Reason.NEWER_SCHEMA, e.getReason());
            assertTrue(e.getMessage(), e.getMessage().contains("newer Candor (schema 99"));
            assertTrue(e.getMessage().contains("not changed"));
        }
        try (Connection c = raw(dir, false); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT MAX(VERSION) FROM CANDOR_SCHEMA")) {
            rows.next();
            assertEquals(99, rows.getInt(1));
        }
        shutdown(dir);
    }

    @Test
    public void folderWithOtherFilesIsNotTouched() throws Exception {
        Path dir = Files.createDirectories(root.resolve("documents"));
        Files.writeString(dir.resolve("thesis.txt"), "my only copy");
        try {
            StoreFixture.provider().open(StoreConfiguration.embedded(dir));
            fail();
        } catch (DatabaseUnavailableException e) {
            assertEquals(Reason.CORRUPT, e.getReason());
            assertTrue(e.getMessage(), e.getMessage().contains("not a Candor database"));
        }
        assertEquals("my only copy", Files.readString(dir.resolve("thesis.txt")));
        assertEquals(1, Files.list(dir).count());
    }

    @Test
    public void damagedDatabaseIsReportedAndItsFilesKept() throws Exception {
        Path dir = root.resolve("damaged");
        StoreFixture.provider().open(StoreConfiguration.embedded(dir)).close();
        // destroy the data files but keep the marker: Derby cannot boot it
        StoreFixture.deleteTree(dir.resolve("seg0"));
        Files.writeString(dir.resolve("service.properties"), "garbage=\u0000\u0001");
        long files = Files.walk(dir).count();
        try {
            StoreFixture.provider().open(StoreConfiguration.embedded(dir));
            fail();
        } catch (DatabaseUnavailableException e) {
            assertEquals(e.getMessage(), Reason.CORRUPT, e.getReason());
            assertTrue(e.getMessage(), e.getMessage().contains("has not changed it"));
        }
        assertEquals(files, Files.walk(dir).count());
    }

    @Test
    public void databaseOpenInAnotherProcessIsReportedAsLocked() throws Exception {
        Path dir = root.resolve("locked");
        StoreFixture.provider().open(StoreConfiguration.embedded(dir)).close();
        Process ij = startIj(dir);
        try {
            try {
                StoreFixture.provider().open(StoreConfiguration.embedded(dir));
                fail("the database is booted by another JVM");
            } catch (DatabaseUnavailableException e) {
                assertEquals(e.getMessage(), Reason.LOCKED, e.getReason());
                assertTrue(e.getMessage(), e.getMessage().contains("in use by another Candor"));
            }
        } finally {
            try (Writer in = new OutputStreamWriter(ij.getOutputStream(), StandardCharsets.UTF_8)) {
                in.write("disconnect;\nexit;\n");
            }
            assertTrue(ij.waitFor(60, TimeUnit.SECONDS));
        }
        // once the other process is gone, the database opens with its data
        try (CandorStore store = StoreFixture.provider().open(StoreConfiguration.embedded(dir))) {
            assertEquals(14, store.getSchemaVersion());
        }
    }

    /** Derby's ij in a second JVM, holding the database open until told to exit. */
    private static Process startIj(Path dir) throws Exception {
        List<String> jars = new ArrayList<>();
        for (String jar : new String[] { "derby", "derbyshared", "derbytools" }) {
            URL url = FileLocator.toFileURL(Platform.getBundle("dev.candor.derby").getEntry("lib/" + jar + ".jar"));
            jars.add(new File(url.getPath()).getPath());
        }
        String classpath = String.join(File.pathSeparator, jars);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", classpath, "-Dij.user=candor", "-Dij.password=candor",
                "org.apache.derby.tools.ij").redirectErrorStream(true).start();
        Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        in.write("connect 'jdbc:derby:" + dir + "';\nvalues 4242;\n");
        in.flush();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        // wait until ij has run the query, i.e. holds the database
        for (String line; (line = out.readLine()) != null;) {
            seen.append(line).append('\n');
            if (line.contains("4242")) {
                return process;
            }
            if (line.contains("ERROR")) {
                break;
            }
        }
        process.destroyForcibly();
        throw new AssertionError("ij did not open the database: " + seen);
    }
}
