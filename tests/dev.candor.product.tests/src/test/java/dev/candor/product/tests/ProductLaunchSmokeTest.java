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

import org.junit.Test;

import dev.candor.testing.ProbedProduct;

/**
 * Starts a copy of the materialised product as a user would, with the test probe installed to
 * report what it did ({@link ProbedProduct}), and checks that.
 */
public class ProductLaunchSmokeTest {

    @Test
    public void productStartsShowsTheSeededCustomersAndExitsCleanly() throws Exception {
        Path work = Files.createTempDirectory("candor-smoke");
        Path product = ProbedProduct.copy(Path.of(System.getProperty("candor.product.dir")),
                Path.of(System.getProperty("candor.testing.site.dir")), work.resolve("candor"));
        Path launcher = ProbedProduct.launcher(product);
        Path report = work.resolve("startup.txt");
        Path screenshots = Path.of(System.getProperty("candor.screenshots"));
        Files.createDirectories(screenshots);
        Path screenshot = screenshots.resolve("product-start.png");
        Files.deleteIfExists(screenshot);
        String java = ProbedProduct.java();
        Process process = new ProcessBuilder(java, "-Xmx1g", "-Dcandor.exitAfterStartup=true",
                "-Dcandor.startupReport=" + report, "-Dcandor.screenshot=" + screenshot, "-jar", launcher.toString(),
                "-consoleLog", "-nl", "en", "-data", work.resolve("workspace").toString())
                .directory(product.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("console.txt").toFile()).start();
        boolean exited = process.waitFor(6, TimeUnit.MINUTES);
        String console = Files.readString(work.resolve("console.txt"));
        if (!exited) {
            process.destroyForcibly();
        }
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
}
