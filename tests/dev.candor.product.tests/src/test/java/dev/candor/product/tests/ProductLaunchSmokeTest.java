package dev.candor.product.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.BeforeClass;
import org.junit.Test;

import dev.candor.testing.postgresql.PostgreSqlServer;

import dev.candor.testing.ProbedProduct;

/**
 * Starts a copy of the materialised product as a user would, with the test probe installed to
 * report what it did ({@link ProbedProduct}), and checks that.
 */
public class ProductLaunchSmokeTest {

    private static Path work;
    private static Path product;
    private static Process process;
    private static boolean exited;
    private static String console;
    private static Path screenshot;
    private static Path report;

    /** One start of the product, which the tests look at from two sides. */
    @BeforeClass
    public static void startTheProductOnce() throws Exception {
        work = Files.createTempDirectory("candor-smoke");
        product = ProbedProduct.copy(Path.of(System.getProperty("candor.product.dir")),
                Path.of(System.getProperty("candor.testing.site.dir")), work.resolve("candor"));
        Path launcher = ProbedProduct.launcher(product);
        report = work.resolve("startup.txt");
        Path screenshots = Path.of(System.getProperty("candor.screenshots"));
        Files.createDirectories(screenshots);
        screenshot = screenshots.resolve("product-start.png");
        Files.deleteIfExists(screenshot);
        String java = ProbedProduct.java();
        process = new ProcessBuilder(java, "-Xmx1g", "-Dcandor.exitAfterStartup=true",
                "-Dcandor.startupReport=" + report, "-Dcandor.screenshot=" + screenshot, "-jar", launcher.toString(),
                "-consoleLog", "-nl", "en", "-data", work.resolve("workspace").toString())
                .directory(product.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("console.txt").toFile()).start();
        exited = process.waitFor(6, TimeUnit.MINUTES);
        console = Files.readString(work.resolve("console.txt"));
        if (!exited) {
            process.destroyForcibly();
        }
    }

    @Test
    public void productStartsShowsTheSeededCustomersAndExitsCleanly() throws Exception {
        assertTrue("the product did not exit by itself:\n" + console, exited);
        assertEquals("exit code; console:\n" + console, 0, process.exitValue());

        Map<String, Long> times = Files.readAllLines(report).stream().map(l -> l.split("="))
                .collect(Collectors.toMap(p -> p[0], p -> Long.parseLong(p[1])));
        assertTrue(times.toString(), times.keySet().containsAll(List.of("visible", "customersShown", "done")));
        assertTrue(times.get("visible") <= times.get("customersShown"));

        assertTrue("no screenshot", Files.size(screenshot) > 10_000);
        assertTrue("the database was created in the workspace",
                Files.isRegularFile(work.resolve("workspace/candor-db/service.properties")));
        Path log = work.resolve("workspace/.metadata/.log");
        if (Files.exists(log)) {
            String text = Files.readString(log);
            // an ERROR entry is "!ENTRY <bundle> 4 ..."
            List<String> errors = Arrays.stream(text.split("\n")).filter(l -> l.startsWith("!ENTRY") && l.split(" ").length > 2
                    && l.split(" ")[2].equals("4")).collect(Collectors.toList());
            assertFalse("errors in the log:\n" + text, !errors.isEmpty());
        }
        assertFalse(console, console.contains("Exception in thread"));
        new File(work.toFile(), "console.txt").deleteOnExit();
    }

    /**
     * The administrator's commands of the product, headless: a mistyped team address creates
     * nothing; the demo database the first start made moves whole into PostgreSQL, verified.
     * The output is kept in target/move-demo.txt.
     */
    @Test
    public void theDemoDatabaseMovesToPostgreSqlWithTheAdministratorsCommand() throws Exception {
        assertTrue("the product's first start made the demo database", exited && process.exitValue() == 0);
        PostgreSqlServer server = PostgreSqlServer.get();
        String database = server.newDatabase("ada");
        String address = "postgresql://ada@127.0.0.1:" + server.port() + "/";

        Command mistyped = admin(server, "setup", address + "nosuch");
        assertEquals(mistyped.output(), 1, mistyped.exit());
        assertTrue(mistyped.output(), mistyped.output().contains("has no database named nosuch"));

        Command move = admin(server, "move", work.resolve("workspace/candor-db").toString(), address + database);
        Files.writeString(Path.of("target", "move-demo.txt"), move.output());
        assertEquals(move.output(), 0, move.exit());
        assertTrue(move.output(), move.output().contains("Copied and verified."));
        assertFalse(move.output(), move.output().contains("DIFFERENT"));
        long customers;
        try (java.sql.Connection db = server.connect(database); java.sql.Statement s = db.createStatement();
                java.sql.ResultSet r = s.executeQuery("SELECT COUNT(*) FROM customer")) {
            r.next();
            customers = r.getLong(1);
        }
        assertTrue("the demo customers are in PostgreSQL: " + customers, customers >= 400);
        assertTrue(move.output(), move.output().matches("(?s).*\\nCUSTOMER +" + String.format("%,d", customers) + " .*"));
    }

    private record Command(int exit, String output) {
    }

    private static Command admin(PostgreSqlServer server, String command, String... arguments) throws Exception {
        List<String> line = new java.util.ArrayList<>(List.of(ProbedProduct.java(), "-Xmx1g",
                "-Djava.awt.headless=true", "-jar", ProbedProduct.launcher(product).toString(), "-nosplash",
                "-consoleLog", "-nl", "en", "-application", "dev.candor.admin." + command, "-data",
                work.resolve("admin-" + command).toString()));
        line.addAll(List.of(arguments));
        Path out = work.resolve("admin-" + command + ".txt");
        ProcessBuilder builder = new ProcessBuilder(line).directory(product.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile());
        builder.environment().put("PGPASSFILE", server.passwordFile().toString());
        Process admin = builder.start();
        boolean done = admin.waitFor(5, TimeUnit.MINUTES);
        if (!done) {
            admin.destroyForcibly();
        }
        String text = Files.readString(out);
        assertTrue("the command did not finish:\n" + text, done);
        return new Command(admin.exitValue(), text);
    }
}
