package dev.candor.benchmark;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.candor.demo.DemoDataGenerator;
import dev.candor.model.Customer;
import dev.candor.store.StoreConfiguration;
import dev.candor.store.internal.BulkLoader;

/**
 * Foundation benchmark (issue budgets in docs/benchmarks.md):
 * <ol>
 * <li>generates N customers and M interactions of multilingual demo text into an embedded database;</li>
 * <li>starts a bare workbench and Candor on that database from the same installation, alternately,
 * and reports start to visible window for both and their ratio;</li>
 * <li>reports the Customers view's first paint and the time per filter keystroke, measured in the product.</li>
 * </ol>
 * Arguments: customers interactions runs productDir workDir.
 */
public final class Benchmark {

    private static final String FILTER = "łódź";

    public static void main(String[] args) throws Exception {
        int customers = Integer.parseInt(args[0]);
        int interactions = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        Path product = Path.of(args[3]);
        Path work = Path.of(args[4]);
        Path db = work.resolve("db-" + customers + "-" + interactions);
        Files.createDirectories(work);

        System.out.printf("Candor benchmark on %d cores, %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("java.version"));
        if (!Files.exists(db.resolve("service.properties"))) {
            generate(db, customers, interactions);
        } else {
            System.out.println("dataset: reusing " + db);
        }

        Path launcher;
        try (Stream<Path> plugins = Files.list(product.resolve("plugins"))) {
            launcher = plugins.filter(p -> p.getFileName().toString().startsWith("org.eclipse.equinox.launcher_"))
                    .findFirst().orElseThrow();
        }
        List<Long> bare = new ArrayList<>();
        List<Long> candor = new ArrayList<>();
        List<Map<String, Long>> candorReports = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            bare.add(launch(product, launcher, work, "bare" + run, List.of("-application", "dev.candor.app.bareWorkbench"),
                    null).get("startToVisible"));
            Map<String, Long> report = launch(product, launcher, work, "candor" + run, List.of(), db);
            candor.add(report.get("startToVisible"));
            candorReports.add(report);
        }
        long bareMedian = median(bare);
        long candorMedian = median(candor);
        System.out.printf("start to visible window, bare workbench: %s ms, median %d ms%n", bare, bareMedian);
        System.out.printf("start to visible window, Candor on %d customers: %s ms, median %d ms%n", customers, candor,
                candorMedian);
        System.out.printf("start ratio Candor / bare: %.2f (budget <= 1.50)%n", (double) candorMedian / bareMedian);
        List<Long> paints = candorReports.stream().map(r -> r.get("customersFirstPaintMs")).toList();
        System.out.printf("Customers view first paint during start-up on %d customers: %s ms, median %d ms%n",
                candorReports.get(0).get("customers"), paints, median(paints));
        List<Long> reopen = candorReports.stream().map(r -> r.get("reopenFirstPaintMs")).toList();
        List<Long> reopenIndex = candorReports.stream().map(r -> r.get("reopenIndexReadyMs")).toList();
        System.out.printf("Customers view opened in the running workbench, first paint: %s ms, median %d ms (budget < 500 ms); filter/sort ready after %s ms%n",
                reopen, median(reopen), reopenIndex);
        List<Long> medians = candorReports.stream().map(r -> r.get("filterKeystrokeMedianMicros") / 1000).toList();
        List<Long> maxima = candorReports.stream().map(r -> r.get("filterKeystrokeMaxMicros") / 1000).toList();
        System.out.printf("filter keystroke (\"%s\", %d keystrokes a run, rows repainted): median %s ms, max %s ms (budget < 100 ms)%n",
                FILTER, candorReports.get(0).get("filterKeystrokes"), medians, maxima);
    }

    private static void generate(Path db, int customers, int interactions) throws Exception {
        long start = System.nanoTime();
        DemoDataGenerator generator = new DemoDataGenerator(42L, System.currentTimeMillis());
        int perCustomer = interactions / customers;
        int extra = interactions % customers;
        try (BulkLoader loader = BulkLoader.open(StoreConfiguration.embedded(db))) {
            for (int i = 0; i < customers; i++) {
                Customer customer = generator.nextCustomer();
                loader.add(customer);
                int count = perCustomer + (i < extra ? 1 : 0);
                for (int k = 0; k < count; k++) {
                    loader.add(generator.nextInteraction(customer));
                }
                if ((i + 1) % 20_000 == 0) {
                    System.out.printf("  %d customers written (%.0f s)%n", i + 1, (System.nanoTime() - start) / 1e9);
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("dataset: %d customers and %d interactions generated in %.1f s (budget < 180 s), %d MB on disk%n",
                customers, interactions, seconds, size(db) / (1024 * 1024));
    }

    private static Map<String, Long> launch(Path product, Path launcher, Path work, String name, List<String> extra,
            Path db) throws IOException, InterruptedException {
        Path data = work.resolve("ws-" + name);
        deleteTree(data);
        Path report = work.resolve(name + ".report");
        Files.deleteIfExists(report);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-Dcandor.exitAfterStartup=true", "-Dcandor.startupReport=" + report,
                "-Dcandor.benchmark.filter=" + FILTER));
        if (db != null) {
            command.add("-Dcandor.database=" + db);
        }
        command.addAll(List.of("-jar", launcher.toString(), "-nl", "en", "-data", data.toString()));
        command.addAll(extra);
        long started = System.currentTimeMillis();
        Process process = new ProcessBuilder(command).directory(product.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(name + " failed; see " + work.resolve(name + ".log"));
        }
        Map<String, Long> values = new HashMap<>();
        for (String line : Files.readAllLines(report)) {
            String[] pair = line.split("=", 2);
            values.put(pair[0], Long.parseLong(pair[1]));
        }
        values.put("startToVisible", values.get("visible") - started);
        return values;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        return sorted.get(sorted.size() / 2);
    }

    private static long size(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(Path::toFile).filter(File::isFile).mapToLong(File::length).sum();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
