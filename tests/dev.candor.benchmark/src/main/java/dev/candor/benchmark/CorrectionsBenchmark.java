package dev.candor.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.candor.ethics.ReviewEngine;
import dev.candor.ethics.ReviewService;
import dev.candor.ethics.internal.CheckRegistry;
import dev.candor.ethics.internal.ReviewServiceImpl;
import dev.candor.history.InteractionService;
import dev.candor.history.Timeline;
import dev.candor.history.TimelineFilter;
import dev.candor.model.Interaction;
import dev.candor.services.ServiceContext;
import dev.candor.store.CandorStore;
import dev.candor.store.ReviewMark;
import dev.candor.store.StoreConfiguration;
import dev.candor.store.internal.JdbcStoreProvider;

/**
 * Correcting an interaction of the benchmark's heavy customer ({@value Benchmark#HEAVY}
 * interactions) in the 100k/1M dataset the main benchmark made: the save (one transaction with
 * the audit entry) and the history's refresh as the view does it (the changed interaction and
 * its review mark read again, put in place in the list, the timeline grouped again), against
 * reading the whole history again; then reviewing the corrected text again and a deletion with
 * a reason. The dataset is left as it was (subjects restored, the extra interaction deleted).
 * Arguments: workDir customers interactions.
 */
public final class CorrectionsBenchmark {

    private static final int RUNS = 30;

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        String dataset = args[1] + "-" + args[2];
        Path db = work.resolve("db-" + dataset);
        Path heavyFile = work.resolve("heavy-" + dataset + ".id");
        if (!Files.exists(heavyFile)) {
            System.out.println("corrections: no dataset at " + db + "; run the main benchmark first");
            return;
        }
        long heavy = Long.parseLong(Files.readString(heavyFile).trim());
        System.out.printf("Candor corrections benchmark on %d cores, Java %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        ZoneId zone = Benchmark.CLOCK.getZone();
        try (CandorStore store = new JdbcStoreProvider().open(StoreConfiguration.embedded(db), Benchmark.CLOCK);
                ReviewEngine engine = new ReviewEngine(CheckRegistry.builtInWithoutRegistry(),
                        (message, cause) -> System.out.println("ERROR " + message + " " + cause))) {
            ServiceContext context = ServiceContext.create(store, Benchmark.CLOCK, () -> "benchmark",
                    ServiceContext.permitAll(), change -> {
                    });
            InteractionService interactions = InteractionService.create(context);
            ReviewServiceImpl reviews = (ReviewServiceImpl) ReviewService.create(context, engine);
            reviews.installTemplates();

            List<Interaction> shown = interactions.listForCustomer(heavy, 0, Integer.MAX_VALUE);
            if (shown.size() != Benchmark.HEAVY) {
                throw new IllegalStateException("the heavy customer has " + shown.size() + " interactions");
            }
            List<Long> ids = shown.stream().map(Interaction::getId).toList();
            Map<Long, ReviewMark> marks = new java.util.HashMap<>(interactions.reviewMarks(ids));
            List<Interaction> originals = new ArrayList<>();
            List<Long> saves = new ArrayList<>();
            List<Long> refreshes = new ArrayList<>();
            List<Long> totals = new ArrayList<>();
            for (int run = -5; run < RUNS; run++) { // five to warm up
                // 997 and 5,000 have no common factor: every run corrects another interaction
                Interaction sibling = shown.get(Math.floorMod(run * 997 + 13, shown.size()));
                originals.add(EcoreUtil.copy(sibling));
                Interaction edit = EcoreUtil.copy(sibling);
                edit.setSubject(sibling.getSubject() + " (corrected)");
                long start = System.nanoTime();
                Interaction saved = interactions.update(edit);
                long savedAt = System.nanoTime();
                List<Long> changed = List.of(saved.getId());
                List<Interaction> reread = interactions.findAll(changed);
                marks.keySet().removeAll(changed);
                marks.putAll(interactions.reviewMarks(changed));
                shown = Timeline.replace(shown, changed, reread, heavy);
                int days = Timeline.group(shown, TimelineFilter.ALL, zone).size();
                long end = System.nanoTime();
                if (days == 0 || shown.size() != Benchmark.HEAVY) {
                    throw new IllegalStateException("the refreshed history lost interactions");
                }
                if (run >= 0) {
                    saves.add((savedAt - start) / 1_000_000);
                    refreshes.add((end - savedAt) / 1_000_000);
                    totals.add((end - start) / 1_000_000);
                }
            }
            List<Long> reloads = new ArrayList<>();
            for (int run = 0; run < 5; run++) {
                long start = System.nanoTime();
                List<Interaction> all = interactions.listForCustomer(heavy, 0, Integer.MAX_VALUE);
                interactions.reviewMarks(all.stream().map(Interaction::getId).toList());
                Timeline.group(all, TimelineFilter.ALL, zone);
                reloads.add((System.nanoTime() - start) / 1_000_000);
            }
            System.out.printf("correcting one of %d interactions: save %s ms (median %d), history refresh %s ms (median %d)%n",
                    Benchmark.HEAVY, saves, Benchmark.median(saves), refreshes, Benchmark.median(refreshes));
            System.out.printf("correcting one of %d interactions, save and refresh: median %d ms, max %d ms (budget < 200 ms)%n",
                    Benchmark.HEAVY, Benchmark.median(totals), totals.stream().mapToLong(Long::longValue).max().orElse(0));
            System.out.printf("for comparison, reading the whole history again: %s ms, median %d ms%n", reloads,
                    Benchmark.median(reloads));

            // the extra interaction: reviewed, corrected, reviewed again, deleted with a reason
            Interaction extra = EcoreUtil.copy(shown.get(0));
            extra.setId(0);
            extra.setVersion(0);
            extra.setSubject("Benchmark: a reply to correct");
            extra.setNotes("Dear customer, Promet are crooks, do not go to them.");
            extra = interactions.log(extra);
            long extraId = extra.getId();
            var prefilled = reviews.prefill(extraId).orElseThrow();
            reviews.save(dev.candor.ethics.Reviews.automatic(prefilled.template(), extraId, prefilled.found(),
                    new Date(Benchmark.CLOCK.millis())));
            List<Long> again = new ArrayList<>();
            for (int run = 0; run < 5; run++) {
                Interaction edit = interactions.find(extraId).orElseThrow();
                edit.setNotes("Dear customer, here is the comparison you asked for (" + run + ").");
                interactions.update(edit);
                long start = System.nanoTime();
                reviews.reviewAgain(extraId);
                again.add((System.nanoTime() - start) / 1_000_000);
            }
            Interaction last = interactions.find(extraId).orElseThrow();
            long start = System.nanoTime();
            InteractionService.Deleted deleted = interactions.delete(extraId, last.getVersion(),
                    "Benchmark: the extra interaction goes");
            long deleteMillis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("reviewing a corrected interaction again (after the save, in the background): %s ms%n",
                    again);
            System.out.printf("deleting an interaction with a reason (%d reviews went with it): %d ms%n",
                    deleted.reviews(), deleteMillis);

            for (Interaction original : originals) { // the dataset as it was, for the other benchmarks
                Interaction now = interactions.find(original.getId()).orElseThrow();
                if (!now.getSubject().equals(original.getSubject())) {
                    now.setSubject(original.getSubject());
                    interactions.update(now);
                }
            }
        }
    }
}
