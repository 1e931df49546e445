package dev.candor.product.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Installs the example extension from the update site into a copy of the materialised
 * product with the product's own installer, starts the product to see its view, then
 * uninstalls it and starts again to see it gone.
 */
public class ExtensionInstallTest {

    private static final String FEATURE = "dev.candor.examples.feedback.feature.feature.group";
    private static final String VIEW = "dev.candor.examples.feedback.ui.view";
    private Path work;
    private Path product;

    @Before
    public void copyTheProduct() throws IOException {
        work = Files.createTempDirectory("candor-install");
        product = work.resolve("candor");
        Path source = Path.of(System.getProperty("candor.product.dir"));
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = product.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().equals("derby.log")) {
                    Files.copy(file, target);
                }
            }
        }
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
        Path launcher;
        try (Stream<Path> plugins = Files.list(product.resolve("plugins"))) {
            launcher = plugins.filter(p -> p.getFileName().toString().startsWith("org.eclipse.equinox.launcher_"))
                    .findFirst().orElseThrow();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
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

        manage("uninstall", "-uninstallIU", FEATURE);
        assertFalse(bundlesInfo().stream().anyMatch(l -> l.startsWith("dev.candor.examples.feedback")));
        assertFalse(manage("list-uninstalled", "-list").contains("installed " + FEATURE));
        assertFalse("and is gone after uninstalling", startAndListViews("start-uninstalled").contains(VIEW));

        String missing = run("install-missing", List.of("-application", "dev.candor.extensions.manage", "-repository",
                site, "-installIU", "com.example.nothing.feature.group"), 3, 1);
        assertTrue(missing, missing.contains("com.example.nothing.feature.group is not on the update site"));
    }
}
