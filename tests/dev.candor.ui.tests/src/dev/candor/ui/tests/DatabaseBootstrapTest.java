package dev.candor.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.junit.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import dev.candor.app.internal.DatabaseBootstrap;
import dev.candor.app.internal.Prompter;
import dev.candor.store.CandorStore;
import dev.candor.store.StoreConfiguration;
import dev.candor.store.StoreProvider;

/**
 * What the user is told when the database cannot be opened, on real Derby
 * folders; a scripted prompter answers the dialogs.
 */
public class DatabaseBootstrapTest {

    private static final class ScriptedPrompter implements Prompter {
        final List<String> shown = new ArrayList<>();
        final Deque<Choice> answers = new ArrayDeque<>();
        String folder;

        @Override
        public void warn(String title, String message) {
            shown.add(title + ": " + message);
        }

        @Override
        public Choice unavailable(String title, String message, boolean canRetry) {
            shown.add(title + ": " + message);
            return answers.isEmpty() ? Choice.EXIT : answers.poll();
        }

        @Override
        public String chooseFolder(String title) {
            return folder;
        }
    }

    private static StoreProvider provider() {
        BundleContext context = FrameworkUtil.getBundle(DatabaseBootstrapTest.class).getBundleContext();
        return context.getService(context.getServiceReference(StoreProvider.class));
    }

    @Test
    public void invalidLocationIsReportedAndTheDefaultUsed() throws Exception {
        ScriptedPrompter prompter = new ScriptedPrompter();
        Path fallback = Files.createTempDirectory("candor-default").resolve("db");
        StoreConfiguration configuration = new DatabaseBootstrap(provider(), prompter)
                .configuration("//server-without-port/candor", fallback);
        assertEquals(fallback, configuration.getDirectory());
        assertEquals(1, prompter.shown.size());
        assertTrue(prompter.shown.get(0), prompter.shown.get(0).contains("//server-without-port/candor"));
        assertTrue(prompter.shown.get(0), prompter.shown.get(0).contains("has no port"));
    }

    @Test
    public void damagedFolderIsReportedAndAnotherOneCanBeChosen() throws Exception {
        Path documents = Files.createTempDirectory("candor-documents");
        Files.writeString(documents.resolve("contract.txt"), "keep me");
        ScriptedPrompter prompter = new ScriptedPrompter();
        prompter.answers.add(Prompter.Choice.CHOOSE_FOLDER);
        prompter.folder = Files.createTempDirectory("candor-chosen").resolve("db").toString();
        try (CandorStore store = new DatabaseBootstrap(provider(), prompter).open(StoreConfiguration.embedded(documents))) {
            assertNotNull(store);
            assertEquals(prompter.folder, store.getConfiguration().toLocation());
        }
        assertTrue(prompter.shown.get(0), prompter.shown.get(0).contains("not a Candor database"));
        assertEquals("keep me", Files.readString(documents.resolve("contract.txt")));
    }

    @Test
    public void newerDatabaseIsReportedAndExitLeavesItAlone() throws Exception {
        Path dir = Files.createTempDirectory("candor-newer").resolve("db");
        provider().open(StoreConfiguration.embedded(dir)).close();
        try (var c = new org.apache.derby.jdbc.EmbeddedDriver().connect("jdbc:derby:" + dir, credentials());
                var insert = c.prepareStatement("INSERT INTO CANDOR_SCHEMA VALUES (42, 'future', 0)")) {
            insert.executeUpdate();
            c.commit();
        }
        try {
            new org.apache.derby.jdbc.EmbeddedDriver().connect("jdbc:derby:" + dir + ";shutdown=true", credentials());
        } catch (java.sql.SQLException expected) {
            // shut down
        }
        ScriptedPrompter prompter = new ScriptedPrompter();
        assertNull("exit was chosen", new DatabaseBootstrap(provider(), prompter).open(StoreConfiguration.embedded(dir)));
        assertTrue(prompter.shown.get(0), prompter.shown.get(0).contains("newer Candor (schema 42"));
        assertTrue(Files.exists(dir.resolve("service.properties")));
    }

    private static java.util.Properties credentials() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("user", "candor");
        p.setProperty("password", "candor");
        return p;
    }
}
