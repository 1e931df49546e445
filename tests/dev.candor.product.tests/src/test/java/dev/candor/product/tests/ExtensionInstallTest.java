package dev.candor.product.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import dev.candor.testing.ProbedProduct;

/**
 * Installs the example extension from the update site into a copy of the materialised
 * product (with the test probe, {@link ProbedProduct}) with the product's own installer, starts the product to see its view, then
 * uninstalls it and starts again to see it gone. The example brings its own tables through
 * {@code dev.candor.store.schemas}: they appear on the first start after installing, and what
 * they hold survives uninstalling and installing again.
 */
public class ExtensionInstallTest {

    private static final String FEATURE = "dev.candor.examples.feedback.feature.feature.group";
    private static final String VIEW = "dev.candor.examples.feedback.ui.view";
    private Path work;
    private Path product;

    @Before
    public void copyTheProduct() throws Exception {
        work = Files.createTempDirectory("candor-install");
        product = ProbedProduct.copy(Path.of(System.getProperty("candor.product.dir")),
                Path.of(System.getProperty("candor.testing.site.dir")), work.resolve("candor"));
    }

    @After
    public void deleteTheCopy() throws IOException {
        try (Stream<Path> files = Files.walk(work)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private String run(String name, List<String> arguments, long minutes) throws Exception {
        return run(name, arguments, minutes, 0);
    }

    private String run(String name, List<String> arguments, long minutes, int expectedExit) throws Exception {
        Path launcher = ProbedProduct.launcher(product);
        List<String> command = new ArrayList<>(List.of(ProbedProduct.java()));
        command.addAll(arguments.stream().filter(a -> a.startsWith("-D")).toList());
        command.addAll(List.of("-jar", launcher.toString(), "-nosplash", "-consoleLog", "-nl", "en", "-data",
                work.resolve("workspace").toString()));
        command.addAll(arguments.stream().filter(a -> !a.startsWith("-D")).toList());
        Path console = work.resolve(name + ".txt");
        Process process = new ProcessBuilder(command).directory(product.toFile()).redirectErrorStream(true)
                .redirectOutput(console.toFile()).start();
        boolean exited = process.waitFor(minutes, TimeUnit.MINUTES);
        String output = Files.readString(console);
        if (!exited) {
            process.destroyForcibly();
        }
        assertTrue(name + " did not end:\n" + output, exited);
        assertEquals(name + " exit code:\n" + output, expectedExit, process.exitValue());
        return output;
    }

    private String manage(String name, String... arguments) throws Exception {
        List<String> all = new ArrayList<>(List.of("-application", "dev.candor.extensions.manage"));
        all.addAll(Arrays.asList(arguments));
        String output = run(name, all, 3);
        assertTrue(output, output.lines().anyMatch("OK"::equals));
        return output;
    }

    /** Starts the product as a user does and returns the ids of the views it has; saves Help > Install Extensions. */
    private List<String> startAndListViews(String name) throws Exception {
        Path views = work.resolve(name + "-views.txt");
        Path screenshots = Path.of(System.getProperty("candor.screenshots"));
        Files.createDirectories(screenshots);
        run(name, List.of("-Dcandor.exitAfterStartup=true", "-Dcandor.viewsReport=" + views,
                "-Dcandor.dialogScreenshot=dev.candor.extensions.ui.commands.install,"
                        + screenshots.resolve("install-extensions-" + name + ".png")), 6);
        List<String> ids = Files.readAllLines(views);
        assertTrue("the product's own views are there", ids.contains("dev.candor.ui.views.customers"));
        Path log = work.resolve("workspace/.metadata/.log");
        if (Files.exists(log)) {
            String text = Files.readString(log);
            assertFalse("errors in the log after " + name + ":\n" + text,
                    text.lines().anyMatch(l -> l.startsWith("!ENTRY") && l.split(" ").length > 2 && l.split(" ")[2].equals("4")));
        }
        return ids;
    }

    private List<String> bundlesInfo() throws IOException {
        return Files.readAllLines(product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
    }

    /** The product's embedded database, opened while no Candor runs on it. */
    private Connection database() throws SQLException {
        System.setProperty("derby.stream.error.file", work.resolve("derby-test.log").toString());
        Properties login = new Properties();
        login.setProperty("user", "candor");
        login.setProperty("password", "candor");
        return DriverManager.getConnection("jdbc:derby:" + databaseDirectory(), login);
    }

    private Path databaseDirectory() {
        return work.resolve("workspace/candor-db");
    }

    /** Closes the database so that the next Candor can open it. */
    private void shutDown() {
        try {
            DriverManager.getConnection("jdbc:derby:" + databaseDirectory() + ";shutdown=true");
        } catch (SQLException expected) {
            // 08006: the database was shut down, as asked
            assertEquals(expected.getMessage(), "08006", expected.getSQLState());
        }
    }

    private static long number(Connection db, String query) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            assertTrue(query, rows.next());
            return rows.getLong(1);
        }
    }

    /** An answer of the first customer, as the example's survey import would store it. */
    private static long addAnswer(Connection db) throws SQLException {
        long customer = number(db, "SELECT MIN(ID) FROM CANDOR.CUSTOMER");
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO FEEDBACK.ANSWER (VERSION, CUSTOMER_ID,"
                + " RECEIVED_AT, RATING, TEXT) VALUES (1, ?, ?, 9, 'Dziękuję za szybką odpowiedź')",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, customer);
            insert.setLong(2, 1_764_000_000_000L); // a fixed instant: only its survival matters here
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                assertTrue(keys.next());
                return keys.getLong(1);
            }
        }
    }

    @Test
    public void theExampleIsInstalledFromTheSiteShowsItsViewAndIsUninstalledAgain() throws Exception {
        String site = Path.of(System.getProperty("candor.site.dir")).toAbsolutePath().toString();
        // the user's preference: Help > Install Extensions proposes this site
        Path settings = work.resolve("workspace/.metadata/.plugins/org.eclipse.core.runtime/.settings");
        Files.createDirectories(settings);
        Files.writeString(settings.resolve("dev.candor.extensions.ui.prefs"), "eclipse.preferences.version=1\nupdateSite="
                + site.replace("\\", "\\\\").replace(":", "\\:") + "\n");
        String before = manage("list-before", "-list", "-repository", site);
        assertTrue(before, before.contains("available " + FEATURE));
        assertFalse(before, before.contains("installed " + FEATURE));
        assertFalse(startAndListViews("start-before").contains(VIEW));

        manage("install", "-repository", site, "-installIU", FEATURE);
        assertTrue(bundlesInfo().stream().anyMatch(l -> l.startsWith("dev.candor.examples.feedback.ui,")));
        String after = manage("list-after", "-list");
        assertTrue(after, after.contains("installed " + FEATURE));
        assertTrue("the new view appears after the restart", startAndListViews("start-installed").contains(VIEW));

        long answer;
        try (Connection db = database()) {
            assertEquals("the example's schema, version 1, made on the first start", 1,
                    number(db, "SELECT MAX(VERSION) FROM CANDOR.CANDOR_MODULE_SCHEMA WHERE MODULE = 'FEEDBACK'"));
            answer = addAnswer(db);
        } finally {
            shutDown();
        }

        manage("uninstall", "-uninstallIU", FEATURE);
        assertFalse(bundlesInfo().stream().anyMatch(l -> l.startsWith("dev.candor.examples.feedback")));
        assertFalse(manage("list-uninstalled", "-list").contains("installed " + FEATURE));
        assertFalse("and is gone after uninstalling", startAndListViews("start-uninstalled").contains(VIEW));
        try (Connection db = database()) {
            assertEquals("Candor leaves the tables of an extension it no longer has", 1,
                    number(db, "SELECT COUNT(*) FROM FEEDBACK.ANSWER WHERE ID = " + answer));
        } finally {
            shutDown();
        }

        manage("reinstall", "-repository", site, "-installIU", FEATURE);
        assertTrue("the view is back", startAndListViews("start-reinstalled").contains(VIEW));
        try (Connection db = database()) {
            assertEquals("the answer given before is still there", 1,
                    number(db, "SELECT COUNT(*) FROM FEEDBACK.ANSWER WHERE ID = " + answer
                            + " AND TEXT = 'Dziękuję za szybką odpowiedź'"));
            assertEquals("and the schema was not made again", 1,
                    number(db, "SELECT COUNT(*) FROM CANDOR.CANDOR_MODULE_SCHEMA WHERE MODULE = 'FEEDBACK'"));
        } finally {
            shutDown();
        }
        manage("uninstall-again", "-uninstallIU", FEATURE);

        String missing = run("install-missing", List.of("-application", "dev.candor.extensions.manage", "-repository",
                site, "-installIU", "com.example.nothing.feature.group"), 3, 1);
        assertTrue(missing, missing.contains("com.example.nothing.feature.group is not on the update site"));
    }
}
