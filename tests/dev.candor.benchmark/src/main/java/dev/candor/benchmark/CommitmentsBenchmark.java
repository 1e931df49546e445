package dev.candor.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import dev.candor.commitments.BusinessCalendar;
import dev.candor.commitments.DueBuckets;
import dev.candor.commitments.PromiseDetector;
import dev.candor.commitments.internal.PromiseCorpus;
import dev.candor.commitments.ui.internal.CommitmentList;
import dev.candor.demo.DemoDataGenerator;
import dev.candor.model.Customer;
import dev.candor.store.CandorStore;
import dev.candor.store.CommitmentSummary;
import dev.candor.store.StoreConfiguration;
import dev.candor.store.internal.BulkLoader;
import dev.candor.store.internal.JdbcStoreProvider;

/**
 * The budgets of the commitments issue (docs/benchmarks.md): 200,000 commitments read and
 * grouped for the Commitments view, overdue recomputation, promise detection on a
 * 2,000-character message, and precision and recall on the labelled sentences.
 * Arguments: work folder, folder of the labelled corpus, the materialised product (optional:
 * without it the view is not opened in the product).
 */
public final class CommitmentsBenchmark {

    static final int COMMITMENTS = 200_000;
    static final int PER_CUSTOMER = 4;
    static final String VIEW = "dev.candor.commitments.ui.views.commitments";

    private CommitmentsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        Path corpus = Path.of(args[1]);
        Path product = args.length > 2 ? Path.of(args[2]) : null;
        Files.createDirectories(work);
        System.out.printf("Candor commitments benchmark on %d cores, Java %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        precisionAndRecall(corpus);
        detection(corpus);
        Path db = work.resolve("db-commitments-" + COMMITMENTS);
        if (!Files.exists(db.resolve("service.properties"))) {
            long start = System.nanoTime();
            DemoDataGenerator generator = new DemoDataGenerator(7L, Benchmark.CLOCK.millis());
            try (BulkLoader loader = BulkLoader.open(StoreConfiguration.embedded(db), Benchmark.CLOCK)) {
                for (int i = 0; i < COMMITMENTS / PER_CUSTOMER; i++) {
                    Customer customer = generator.nextCustomer();
                    loader.add(customer);
                    for (int k = 0; k < PER_CUSTOMER; k++) {
                        loader.add(generator.nextCommitment(customer, null));
                    }
                }
            }
            System.out.printf("dataset: %d commitments of %d customers generated in %.1f s%n", COMMITMENTS,
                    COMMITMENTS / PER_CUSTOMER, (System.nanoTime() - start) / 1e9);
        }
        try (CandorStore store = new JdbcStoreProvider().open(StoreConfiguration.embedded(db), Benchmark.CLOCK)) {
            List<Long> first = new ArrayList<>();
            List<Long> all = new ArrayList<>();
            List<Long> grouped = new ArrayList<>();
            List<CommitmentSummary> summaries = null;
            for (int run = 0; run < 5; run++) {
                long t0 = System.nanoTime();
                List<CommitmentSummary> page = store.call(s -> s.commitments().firstOpen(200));
                first.add((System.nanoTime() - t0) / 1_000_000);
                if (page.size() != 200) {
                    throw new AssertionError("first page has " + page.size());
                }
                t0 = System.nanoTime();
                summaries = store.call(s -> s.commitments().summaries(0, false));
                all.add((System.nanoTime() - t0) / 1_000_000);
                t0 = System.nanoTime();
                CommitmentList list = new CommitmentList(DueBuckets.at(Benchmark.CLOCK.instant(), Benchmark.CLOCK.getZone()));
                list.setAll(summaries);
                grouped.add((System.nanoTime() - t0) / 1_000_000);
            }
            System.out.printf("Commitments view data over %d commitments: first 200 open from the index %s ms, median %d ms"
                    + " (what the first paint waits for; budget for the paint < 500 ms)%n", summaries.size(), first,
                    median(first));
            System.out.printf("  all %d read with customer names: %s ms, median %d ms; filtered, sorted and grouped: %s ms, median %d ms%n",
                    summaries.size(), all, median(all), grouped, median(grouped));
            List<Long> recompute = new ArrayList<>();
            List<Long> regroup = new ArrayList<>();
            CommitmentList list = new CommitmentList(DueBuckets.at(Benchmark.CLOCK.instant(), Benchmark.CLOCK.getZone()));
            list.setAll(summaries);
            DueBuckets.Counts counts = null;
            for (int run = 0; run < 21; run++) {
                long t0 = System.nanoTime();
                DueBuckets buckets = DueBuckets.at(Benchmark.CLOCK.instant().plusSeconds(60L * run), Benchmark.CLOCK.getZone());
                counts = buckets.count(summaries);
                recompute.add((System.nanoTime() - t0) / 1_000);
                t0 = System.nanoTime();
                list.setBuckets(buckets);
                regroup.add((System.nanoTime() - t0) / 1_000);
            }
            System.out.printf("overdue recomputation over %d commitments: median %.1f ms, max %.1f ms (budget < 200 ms); %s%n",
                    summaries.size(), median(recompute) / 1000.0, Collections.max(recompute) / 1000.0, counts);
            System.out.printf("  with the view's regrouping: median %.1f ms, max %.1f ms%n", median(regroup) / 1000.0,
                    Collections.max(regroup) / 1000.0);
        }
        if (product != null && Files.isDirectory(product)) {
            Path probed = Benchmark.probed(product, work);
            List<Long> paints = new ArrayList<>();
            String key = "view." + VIEW + ".firstPaintMs";
            for (int run = 0; run < 3; run++) {
                Map<String, Long> report = Benchmark.launch(probed, work, "commitments" + run,
                        List.of("-Dcandor.database=" + db, "-Dcandor.benchmark.views=" + VIEW), List.of());
                if (!report.containsKey(key)) {
                    throw new IllegalStateException("the product did not report " + key + ": " + report);
                }
                paints.add(report.get(key));
            }
            System.out.printf("Commitments view opened in the running product over %d commitments, first paint: %s ms,"
                    + " median %d ms (budget < 500 ms)%n", COMMITMENTS, paints, median(paints));
        }
    }

    private static void precisionAndRecall(Path corpus) throws Exception {
        PromiseDetector detector = new PromiseDetector();
        for (String file : new String[] { "promises.tsv", "promises-heldout.tsv" }) {
            List<PromiseCorpus.Sentence> sentences = PromiseCorpus.read(corpus.resolve(file));
            System.out.printf("promise detection on %s (%d labelled sentences, target >= 0.90 each):%n", file,
                    sentences.size());
            for (Map.Entry<String, PromiseCorpus.Score> e : PromiseCorpus.evaluate(sentences, detector).entrySet()) {
                PromiseCorpus.Score s = e.getValue();
                System.out.printf("  %-3s n=%3d precision %.2f recall %.2f, due times right %d/%d%n", e.getKey(),
                        s.size(), s.precision(), s.recall(), s.duesRight, s.duesLabelled);
            }
        }
    }

    private static void detection(Path corpus) throws Exception {
        StringBuilder text = new StringBuilder();
        List<PromiseCorpus.Sentence> sentences = PromiseCorpus.read(corpus.resolve("promises.tsv"));
        for (int i = 0; text.length() < 2_000; i = (i + 7) % sentences.size()) {
            text.append(sentences.get(i).text()).append(' ');
        }
        String message = text.substring(0, 2_000);
        PromiseDetector detector = new PromiseDetector();
        ZonedDateTime now = PromiseCorpus.REFERENCE;
        BusinessCalendar calendar = BusinessCalendar.standard(now.getZone());
        int found = 0;
        for (int i = 0; i < 2_000; i++) {
            found = detector.detect(message, now, calendar).size();
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            long t0 = System.nanoTime();
            detector.detect(message, now, calendar);
            micros.add((System.nanoTime() - t0) / 1_000);
        }
        Collections.sort(micros);
        System.out.printf("promise detection on a 2,000-character message in five languages (%d promises found):"
                + " median %.2f ms, 99th percentile %.2f ms (budget < 5 ms)%n", found,
                micros.get(micros.size() / 2) / 1000.0, micros.get(micros.size() * 99 / 100) / 1000.0);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
