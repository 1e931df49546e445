package dev.candor.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A copy of the materialised product with the test probe installed, the way a user installs an
 * extension: by the product's own installer ({@code dev.candor.extensions.manage}) from the
 * probe's update site ({@code tests/dev.candor.testing.site}). The product tests and the
 * benchmark launch such copies; Candor itself never carries the probe. Plain Java, so that
 * tests outside OSGi can use it.
 */
public final class ProbedProduct {

    /** The probe's feature, as the installer names it. */
    public static final String FEATURE = "dev.candor.testing.feature.feature.group"; //$NON-NLS-1$

    private ProbedProduct() {
    }

    /**
     * Copies {@code product} to {@code target} (replacing what is there) and installs the probe
     * from {@code site} into the copy.
     *
     * @return {@code target}
     * @throws IllegalStateException with the installer's output if it fails
     */
    public static Path copy(Path product, Path site, Path target) throws IOException, InterruptedException {
        deleteTree(target);
        try (Stream<Path> files = Files.walk(product)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(product.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else if (!file.getFileName().toString().equals("derby.log")) { //$NON-NLS-1$
                    Files.copy(file, copy);
                }
            }
        }
        Path workspace = Files.createTempDirectory("candor-probe-install"); //$NON-NLS-1$
        Path output = workspace.resolve("install.txt"); //$NON-NLS-1$
        try {
            Process process = new ProcessBuilder(java(), "-jar", launcher(target).toString(), "-nosplash", //$NON-NLS-1$ //$NON-NLS-2$
                    "-consoleLog", "-nl", "en", "-data", workspace.resolve("ws").toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                    "-application", "dev.candor.extensions.manage", "-repository", site.toAbsolutePath().toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "-installIU", FEATURE).directory(target.toFile()).redirectErrorStream(true) //$NON-NLS-1$
                    .redirectOutput(output.toFile()).start();
            boolean ended = process.waitFor(5, TimeUnit.MINUTES);
            if (!ended) {
                process.destroyForcibly();
            }
            String text = Files.readString(output);
            if (!ended || process.exitValue() != 0 || text.lines().noneMatch("OK"::equals)) { //$NON-NLS-1$
                throw new IllegalStateException("the probe could not be installed from " + site + ":\n" + text); //$NON-NLS-1$ //$NON-NLS-2$
            }
        } finally {
            deleteTree(workspace);
        }
        return target;
    }

    /** The product's launcher jar (the product has no native launcher). */
    public static Path launcher(Path product) throws IOException {
        try (Stream<Path> plugins = Files.list(product.resolve("plugins"))) { //$NON-NLS-1$
            return plugins.filter(p -> p.getFileName().toString().startsWith("org.eclipse.equinox.launcher_")) //$NON-NLS-1$
                    .findFirst().orElseThrow(() -> new IllegalStateException("no launcher in " + product)); //$NON-NLS-1$
        }
    }

    /** The Java that runs this code, to run the product with. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
