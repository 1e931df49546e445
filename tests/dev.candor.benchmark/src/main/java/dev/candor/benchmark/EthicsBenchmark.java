package dev.candor.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;

import dev.candor.ethics.ReviewContext;
import dev.candor.ethics.ReviewEngine;
import dev.candor.ethics.internal.CheckRegistry;
import dev.candor.ethics.internal.EthicsCorpus;
import dev.candor.ethics.internal.EthicsCorpus.Counts;
import dev.candor.model.CandorFactory;
import dev.candor.model.Channel;
import dev.candor.model.Direction;
import dev.candor.model.Interaction;

/**
 * Issue 5 budgets (docs/benchmarks.md): per-check precision and recall of the
 * built-in automatic checks on the labelled corpus, and the time of an
 * automatic review of a 2,000-character message with every built-in check.
 * With a database of the main benchmark (second argument), also the batch
 * review of every interaction in it, on a copy (the dataset stays
 * unreviewed), with the heap's peak use.
 * Arguments: corpusDir [database workDir].
 */
public final class EthicsBenchmark {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]).resolve("ethics.tsv");
        System.out.printf("Candor ethics benchmark on %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        try (ReviewEngine engine = new ReviewEngine(CheckRegistry.builtInWithoutRegistry(),
                (message, cause) -> System.out.println("ERROR " + message + " " + cause))) {
            quality(engine, corpus);
            quality(engine, corpus.resolveSibling("ethics-heldout.tsv"));
            quality(engine, corpus.resolveSibling("ethics-heldout-2.tsv"));
            speed(engine, corpus);
            if (args.length > 2) {
                batch(engine, Path.of(args[1]), Path.of(args[2]));
            }
        }
    }

    /** Copies the database, reviews everything in it, reports time, rate and peak heap. */
    private static void batch(ReviewEngine engine, Path database, Path work) throws Exception {
        if (!java.nio.file.Files.exists(database.resolve("service.properties"))) {
            System.out.println("batch review: no dataset at " + database + "; run the main benchmark first");
            return;
        }
        Path copy = work.resolve("ethics-batch-db");
        deleteTree(copy);
        long t0 = System.nanoTime();
        try (java.util.stream.Stream<Path> paths = java.nio.file.Files.walk(database)) {
            for (Path p : paths.toList()) {
                Path target = copy.resolve(database.relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) {
                    java.nio.file.Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("db.lck") && !p.getFileName().toString().equals("dbex.lck")) {
                    java.nio.file.Files.copy(p, target);
                }
            }
        }
        System.out.printf("batch review: dataset copied in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();
        java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50); // a sampling period, not a wait for a condition
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap sampler");
        sampler.setDaemon(true);
        sampler.start();
        try (dev.candor.store.CandorStore store = new dev.candor.store.internal.JdbcStoreProvider()
                .open(dev.candor.store.StoreConfiguration.embedded(copy), Benchmark.CLOCK)) {
            long interactions = store.call(s -> s.interactions().count());
            dev.candor.ethics.ReviewService reviewing = dev.candor.ethics.ReviewService.create(
                    dev.candor.services.ServiceContext.create(store, Benchmark.CLOCK, () -> "benchmark",
                            dev.candor.services.ServiceContext.permitAll(), change -> {
                            }), engine);
            long started = System.nanoTime();
            dev.candor.ethics.Reviewing.BatchResult result = reviewing
                    .reviewUnreviewed(new org.eclipse.core.runtime.NullProgressMonitor());
            double seconds = (System.nanoTime() - started) / 1e9;
            sampler.interrupt();
            System.out.printf("batch review of %d interactions on %d cores: %d reviewed (%d with a failed item) in %.1f s,"
                    + " %.0f a second (budget < 300 s); heap peak %d MB of -Xmx %d MB (budget < 1024 MB)%n",
                    interactions, Runtime.getRuntime().availableProcessors(), result.reviewed(), result.failedReviews(),
                    seconds, result.reviewed() / seconds, peak.get() / (1024 * 1024),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
        } finally {
            sampler.interrupt();
            deleteTree(copy);
        }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        if (!java.nio.file.Files.exists(root)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = java.nio.file.Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(p);
            }
        }
    }

    private static void quality(ReviewEngine engine, Path corpus) throws Exception {
        List<EthicsCorpus.Sample> samples = EthicsCorpus.load(corpus);
        List<EthicsCorpus.Miss> misses = new ArrayList<>();
        Map<String, Map<String, Counts>> result = EthicsCorpus.evaluate(engine, samples, misses);
        System.out.printf("automatic checks on %s (%d labelled messages, target >= 0.85 each):%n", corpus.getFileName(),
                samples.size());
        System.out.printf("  %-15s %-13s %-13s %-13s %-13s %-13s %-13s%n", "check", "all", "en", "ru", "uk", "pl", "hu");
        result.forEach((check, perLanguage) -> {
            StringBuilder line = new StringBuilder(String.format("  %-15s", check));
            for (String language : List.of("all", "en", "ru", "uk", "pl", "hu")) {
                Counts c = perLanguage.getOrDefault(language, new Counts(0, 0, 0));
                line.append(String.format(" P %.2f R %.2f", c.precision(), c.recall()));
            }
            System.out.println(line);
        });
        for (EthicsCorpus.Miss miss : misses) {
            System.out.printf("    line %d %s %s: %s%n", miss.sample().line(), miss.check(),
                    miss.found() ? "found wrongly" : "missed", miss.sample().text().replace('\n', ' '));
        }
    }

    private static void speed(ReviewEngine engine, Path corpus) throws Exception {
        StringBuilder text = new StringBuilder();
        List<EthicsCorpus.Sample> samples = EthicsCorpus.load(corpus);
        for (int i = 0; text.length() < 2_000; i = (i + 7) % samples.size()) {
            text.append(samples.get(i).text()).append('\n');
        }
        Interaction interaction = CandorFactory.eINSTANCE.createInteraction();
        interaction.setId(1);
        interaction.setChannel(Channel.EMAIL);
        interaction.setDirection(Direction.OUTBOUND);
        interaction.setSubject("Your order");
        interaction.setNotes(text.substring(0, 2_000 - "Your order\n".length()));
        interaction.setStartedAt(new Date(Benchmark.CLOCK.millis()));
        ReviewContext template = EthicsCorpus.context(new EthicsCorpus.Sample(1, "en", Channel.EMAIL,
                Direction.OUTBOUND, java.util.Set.of(), interaction.getSubject(), interaction.getNotes()));
        int failed = 0;
        for (int i = 0; i < 3_000; i++) {
            failed = (int) engine.review(fresh(template)).items().values().stream()
                    .filter(r -> r.verdict() == dev.candor.model.Verdict.FAIL).count();
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            ReviewContext context = fresh(template); // words are split per review, as in real use
            long t0 = System.nanoTime();
            engine.review(context);
            micros.add((System.nanoTime() - t0) / 1_000);
        }
        Collections.sort(micros);
        System.out.printf("automatic review of a 2,000-character message in five languages, %d built-in checks"
                + " (%d items failed): median %.2f ms, 99th percentile %.2f ms (budget < 5 ms)%n",
                engine.checks().size(), failed, micros.get(micros.size() / 2) / 1000.0,
                micros.get(micros.size() * 99 / 100) / 1000.0);
        perCheck(engine, template);
    }

    /** Each check alone on the same message: where the time goes. */
    private static void perCheck(ReviewEngine all, ReviewContext template) {
        StringBuilder line = new StringBuilder("  per check (median ms):");
        for (dev.candor.ethics.CheckDescriptor d : all.checks()) {
            try (ReviewEngine one = new ReviewEngine(List.of(d), (m, c) -> { })) {
                for (int i = 0; i < 500; i++) {
                    one.review(fresh(template));
                }
                List<Long> micros = new ArrayList<>();
                for (int i = 0; i < 1_000; i++) {
                    ReviewContext context = fresh(template);
                    long t0 = System.nanoTime();
                    one.review(context);
                    micros.add((System.nanoTime() - t0) / 1_000);
                }
                Collections.sort(micros);
                line.append(String.format(" %s %.2f", d.id().substring(d.id().lastIndexOf('.') + 1),
                        micros.get(micros.size() / 2) / 1000.0));
            }
        }
        System.out.println(line);
    }

    /** A new context for the same interaction: nothing shared between reviews is reused. */
    private static ReviewContext fresh(ReviewContext template) {
        return EthicsCorpus.context(new EthicsCorpus.Sample((int) template.interaction().getId(), "en",
                template.channel(), template.interaction().getDirection(), java.util.Set.of(),
                template.interaction().getSubject(), template.interaction().getNotes()));
    }
}
