package dev.candor.ethics.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.candor.ethics.EthicsSettings;
import dev.candor.ethics.ItemCodes;
import dev.candor.ethics.ReviewEngine;
import dev.candor.ethics.ReviewService;
import dev.candor.ethics.Reviewing;
import dev.candor.ethics.internal.ReviewServiceImpl;
import dev.candor.services.DataChange;
import dev.candor.services.ServiceContext;
import dev.candor.ethics.internal.CheckRegistry;
import dev.candor.model.CandorFactory;
import dev.candor.model.Channel;
import dev.candor.model.Customer;
import dev.candor.model.Direction;
import dev.candor.model.EthicsReview;
import dev.candor.model.Interaction;
import dev.candor.model.ItemVerdict;
import dev.candor.model.Verdict;
import dev.candor.store.CandorStore;
import dev.candor.store.StoreConfiguration;
import dev.candor.store.StoreProvider;

/** Automatic reviews stored on a real embedded Derby database: one at a time and as the batch. */
public class ReviewingTest {

    /** A Wednesday morning in Warsaw; "hours ago" are counted from it. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-18T09:00:00Z"), ZoneId.of("Europe/Warsaw"));
    private Path dir;
    private CandorStore store;
    private ReviewEngine engine;
    private ServiceContext context;
    private StoreProvider provider;
    private ReviewServiceImpl reviews;
    private final List<DataChange> changes = new java.util.concurrent.CopyOnWriteArrayList<>();
    private long customerId;

    @Before
    public void open() throws Exception {
        ServiceTracker<StoreProvider, StoreProvider> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(getClass()).getBundleContext(), StoreProvider.class, null);
        tracker.open();
        provider = tracker.waitForService(30_000);
        assertNotNull("no StoreProvider service", provider);
        dir = Files.createTempDirectory("ethics");
        store = provider.open(StoreConfiguration.embedded(dir.resolve("db")), CLOCK);
        engine = new ReviewEngine(CheckRegistry.read().stream().filter(d -> d.trusted()).toList());
        context = ServiceContext.create(store, CLOCK, () -> "ewa.nowak", ServiceContext.permitAll(), changes::add);
        reviews = (ReviewServiceImpl) ReviewService.create(context, engine);
        reviews.installTemplates();
        customerId = customer(store);
        store.call(s -> new EthicsSettings(List.of("Promet"), List.of("@candor-demo.com"), 0).save(s, "admin"));
    }

    @After
    public void close() throws Exception {
        engine.close();
        store.close();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Derby may still hold a lock file; the folder is temporary
        }
    }

    /** A customer of ewa.nowak's in {@code into}. */
    private static long customer(CandorStore into) throws Exception {
        Customer c = CandorFactory.eINSTANCE.createCustomer();
        c.setName("Baltic Parts Sp. z o.o.");
        c.setOwner("ewa.nowak");
        c.setEmail("biuro@balticparts.pl");
        c.setPreferredChannel(Channel.EMAIL);
        return into.call(s -> s.customers().save(c)).getId();
    }

    private long log(String notes, int hoursAgo) throws Exception {
        return log(store, customerId, notes, hoursAgo);
    }

    /** An e-mail ewa.nowak sent {@code hoursAgo} to {@code customer}. */
    private static long log(CandorStore into, long customer, String notes, int hoursAgo) throws Exception {
        Interaction i = CandorFactory.eINSTANCE.createInteraction();
        i.setCustomerId(customer);
        i.setChannel(Channel.EMAIL);
        i.setDirection(Direction.OUTBOUND);
        i.setSubject("Oferta");
        i.setNotes(notes);
        i.setAccountManager("ewa.nowak");
        i.setStartedAt(new Date(CLOCK.millis() - hoursAgo * 3_600_000L));
        return into.call(s -> s.interactions().save(i)).getId();
    }

    private static ItemVerdict item(EthicsReview review, String code) {
        return review.getVerdicts().stream().filter(v -> v.getItemCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    public void theBatchReviewsEveryUnreviewedInteractionOnceAndStoresTheEvidence() throws Exception {
        long rude = log("Dzień dobry,\nPromet to oszuści, proszę do nich nie przechodzić.\nPozdrawiam", 5);
        long fine = log("Dzień dobry,\nw załączniku oferta ważna do 30 listopada.\nPozdrawiam", 4);
        long card = log("Dzień dobry,\nklient podał kartę 4111 1111 1111 1111.\nPozdrawiam", 3);
        Reviewing.BatchResult result = reviews.reviewUnreviewed(new NullProgressMonitor());
        assertEquals(3, result.reviewed());
        assertEquals(2, result.failedReviews());
        assertFalse(result.cancelled());

        EthicsReview first = store.call(s -> s.reviews().forInteraction(rude)).get(0);
        assertEquals(15, first.getVerdicts().size());
        assertEquals(Verdict.FAIL, item(first, ItemCodes.COMPETITORS).getVerdict());
        assertTrue(item(first, ItemCodes.COMPETITORS).getEvidence().startsWith("Promet to oszuści"));
        assertEquals(Verdict.PASS, item(first, ItemCodes.COURTESY).getVerdict());
        assertEquals(Verdict.UNREVIEWED, item(first, ItemCodes.EMPATHY).getVerdict());
        assertFalse("a critical item failed", store.call(s -> s.reviews().latest(List.of(rude))).get(rude).passed());
        assertTrue(store.call(s -> s.reviews().latest(List.of(fine))).get(fine).passed());
        assertEquals(Verdict.FAIL, item(store.call(s -> s.reviews().forInteraction(card)).get(0),
                ItemCodes.PERSONAL_DATA).getVerdict());

        assertEquals("nothing is reviewed twice", 0, reviews.reviewUnreviewed(new NullProgressMonitor()).reviewed());
        log("Dzień dobry,\nnowa wiadomość.\nPozdrawiam", 1);
        assertEquals("only what is new", 1, reviews.reviewUnreviewed(new NullProgressMonitor()).reviewed());
    }

    @Test
    public void aSavedReviewIsThePersonsOwnAuditedAndAnnounced() throws Exception {
        long id = log("Dzień dobry,\noferta w załączniku.\nPozdrawiam", 2);
        Reviewing.Prefilled prefilled = reviews.prefill(id).orElseThrow();
        EthicsReview review = dev.candor.ethics.Reviews.automatic(prefilled.template(), id, prefilled.found(),
                new java.util.Date(0));
        review.setReviewer("someone the client claims to be");
        changes.clear();
        EthicsReview saved = reviews.save(review);
        assertEquals("the reviewer is who the services act for", "ewa.nowak", saved.getReviewer());
        assertEquals("her own interaction: a self-review", dev.candor.model.ReviewKind.SELF, saved.getKind());
        assertEquals(CLOCK.millis(), saved.getReviewedAt().getTime());
        List<dev.candor.store.AuditEntry> trail = store.call(s -> s.audit().listForSubject(customerId));
        assertEquals(1, trail.stream().filter(e -> e.action().equals(ReviewService.SAVE)).count());
        assertEquals("ewa.nowak", trail.get(0).actor());
        assertEquals(List.of(new DataChange(dev.candor.services.DataTopics.REVIEW,
                dev.candor.services.DataTopics.Kind.CREATED, new long[] { saved.getId() }, new long[] { customerId },
                "ewa.nowak")), changes);
    }

    /**
     * A corrected interaction is reviewed again when it had been reviewed: the new automatic
     * review speaks of the text as it is now; nothing is stored when the findings are the same,
     * or when it was never reviewed (the batch will).
     */
    @Test
    public void aCorrectedInteractionIsReviewedAgainWhenItHadBeenReviewed() throws Exception {
        long rude = log("Dzień dobry,\nPromet to oszuści, proszę do nich nie przechodzić.\nPozdrawiam", 5);
        long unreviewed = -1;
        reviews.reviewUnreviewed(new NullProgressMonitor());
        unreviewed = log("Dzień dobry,\nPromet to oszuści.\nPozdrawiam", 1);
        assertTrue("not reviewed yet: left to the batch", reviews.reviewAgain(unreviewed).isEmpty());
        assertTrue("the same text: the same findings, nothing stored", reviews.reviewAgain(rude).isEmpty());

        Interaction corrected = store.call(s -> s.interactions().find(rude)).orElseThrow();
        corrected.setNotes("Dzień dobry,\nw załączniku porównanie naszej oferty z ofertą Promet.\nPozdrawiam");
        store.call(s -> s.interactions().save(corrected));
        changes.clear();
        EthicsReview again = reviews.reviewAgain(rude).orElseThrow();
        assertEquals(dev.candor.model.ReviewKind.AUTOMATIC, again.getKind());
        assertEquals(Verdict.PASS, item(again, ItemCodes.COMPETITORS).getVerdict());
        List<EthicsReview> all = store.call(s -> s.reviews().forInteraction(rude));
        assertEquals("the first review stays in the history", 2, all.size());
        assertEquals(again.getId(), all.get(0).getId());
        assertTrue(store.call(s -> s.reviews().latest(List.of(rude))).get(rude).passed());
        assertEquals(1, store.call(s -> s.audit().listForSubject(customerId)).stream()
                .filter(e -> e.action().equals(ReviewService.REVIEW_AGAIN)).count());
        assertEquals(1, changes.size());
        assertTrue(reviews.reviewAgain(rude).isEmpty());
        assertTrue("gone", reviews.reviewAgain(Long.MAX_VALUE - 5).isEmpty());
    }

    /**
     * The checklist opened twice at once once failed with a deadlock: a read wrote the default
     * templates. On a database with no template stored, six reads at the same moment all answer
     * with the default template, and none writes.
     */
    @Test
    public void readsAtTheSameMomentOnADatabaseWithoutTemplatesWriteNothing() throws Exception {
        try (CandorStore fresh = provider.open(StoreConfiguration.embedded(dir.resolve("fresh")), CLOCK)) {
            ServiceContext freshContext = ServiceContext.create(fresh, CLOCK, () -> "ewa.nowak",
                    ServiceContext.permitAll(), change -> { });
            ReviewService notInstalled = ReviewService.create(freshContext, engine);
            long id = log(fresh, customer(fresh), "Dzień dobry,\nw załączniku oferta.\nPozdrawiam", 1);

            int readers = 6;
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(readers);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(readers);
            try {
                List<java.util.concurrent.Future<Integer>> loads = new java.util.ArrayList<>();
                for (int n = 0; n < readers; n++) {
                    loads.add(pool.submit(() -> {
                        together.await(30, java.util.concurrent.TimeUnit.SECONDS);
                        int items = notInstalled.prefill(id).orElseThrow().template().getItems().size();
                        return items + notInstalled.reviewsOf(id).size();
                    }));
                }
                for (java.util.concurrent.Future<Integer> load : loads) {
                    assertEquals("the default template, no review", 15, (int) load.get(60, java.util.concurrent.TimeUnit.SECONDS));
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals("no read stored a template", List.of(), fresh.call(s -> s.reviews().templates()));
        }
    }

    @Test
    public void aCancelledBatchStopsAndWhatItStoredStays() throws Exception {
        log("Dzień dobry,\noferta w załączniku.\nPozdrawiam", 2);
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        Reviewing.BatchResult result = reviews.reviewUnreviewed(cancelled);
        assertTrue(result.cancelled());
        assertEquals(0, result.reviewed());
        assertEquals(1L, (long) store.call(s -> s.reviews().countUnreviewed(null)));
    }

    @Test
    public void aPrefilledChecklistUsesTheTeamsSettingsAndStoresNothing() throws Exception {
        long id = log("Dzień dobry,\nPromet to partacze.\nPozdrawiam", 1);
        Reviewing.Prefilled prefilled = reviews.prefill(id).orElseThrow();
        assertTrue(prefilled.found().fails(ItemCodes.COMPETITORS));
        assertEquals("the default template was stored when the service started", 1,
                prefilled.template().getTemplateVersion());
        assertTrue(prefilled.template().getId() > 0);
        assertEquals(List.of(), store.call(s -> s.reviews().forInteraction(id)));
        assertTrue(reviews.prefill(Long.MAX_VALUE - 3).isEmpty());
    }

    @Test
    public void settingsTextNamesEveryWrongLine() {
        try {
            EthicsSettings.parse("competitors = Promet, Baltex\nown = 12\nthings = x\n", 0);
            throw new AssertionError("accepted");
        } catch (EthicsSettings.SettingsFormatException e) {
            assertEquals(2, e.getProblems().size());
            assertTrue(e.getProblems().get(0), e.getProblems().get(0).startsWith("Line 2: “12”"));
            assertTrue(e.getProblems().get(1).startsWith("Line 3:"));
        }
    }

    @Test
    public void contributedTemplatesAreStoredOnceBesideTheDefaultAndAWrongOneIsLeftOut() throws Exception {
        List<dev.candor.model.ChecklistTemplate> templates = reviews.templates();
        dev.candor.model.ChecklistTemplate social = dev.candor.ethics.ChecklistTemplates.forChannel(templates,
                Channel.SOCIAL);
        assertEquals("Social media replies", social.getName());
        assertEquals(1, social.getTemplateVersion());
        assertEquals(3, social.getItems().size());
        assertTrue(social.getItems().get(1).isCritical());
        assertEquals("the default template serves the other channels", "Customer-service ethics",
                dev.candor.ethics.ChecklistTemplates.forChannel(templates, Channel.EMAIL).getName());
        assertEquals("the wrong contribution is left out", 0,
                templates.stream().filter(t -> t.getName().equals("Broken")).count());
        assertFalse("installed again, nothing is stored twice", reviews.installTemplates());
        assertEquals(templates.size(), reviews.templates().size());
    }
    /** What each reader does, five times over. */
    private interface Read {
        void run() throws Exception;
    }

    /** {@code count} started threads that wait for {@code start}, then read five times; what they throw goes to {@code failures}. */
    private static List<Thread> readers(int count, java.util.concurrent.CountDownLatch start, List<Throwable> failures,
            Read read) {
        List<Thread> readers = new java.util.ArrayList<>();
        for (int r = 0; r < count; r++) {
            Thread reader = new Thread(() -> {
                try {
                    start.await();
                    for (int n = 0; n < 5; n++) {
                        read.run();
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            reader.start();
            readers.add(reader);
        }
        return readers;
    }

    /**
     * The Ethics Checklist's selection listener and its handler used to read at the same time on
     * a new database, and each read stored the default template: a Derby deadlock reached the user.
     * Reads never write now; the templates are stored once, by the service's activation, even
     * while others read.
     */
    @Test
    public void readsAtOnceNeitherWriteNorFailAndTemplatesAreStoredOnce() throws Exception {
        CandorStore fresh = provider.open(StoreConfiguration.embedded(dir.resolve("fresh")), CLOCK);
        try {
            ServiceContext freshContext = ServiceContext.create(fresh, CLOCK, () -> "ewa.nowak",
                    ServiceContext.permitAll(), change -> { });
            ReviewServiceImpl service = (ReviewServiceImpl) ReviewService.create(freshContext, engine);
            Customer c = CandorFactory.eINSTANCE.createCustomer();
            c.setName("Tisza Logisztika Kft.");
            c.setOwner("ewa.nowak");
            c.setEmail("iroda@tiszalogisztika.hu");
            c.setPreferredChannel(Channel.EMAIL);
            long customer = fresh.call(s -> s.customers().save(c)).getId();
            Interaction i = CandorFactory.eINSTANCE.createInteraction();
            i.setCustomerId(customer);
            i.setChannel(Channel.EMAIL);
            i.setDirection(Direction.OUTBOUND);
            i.setSubject("Ajánlat");
            i.setNotes("Jó napot kívánok! Csatolom az ajánlatot.");
            i.setAccountManager("ewa.nowak");
            i.setStartedAt(new Date(CLOCK.millis() - 3_600_000L));
            long interaction = fresh.call(s -> s.interactions().save(i)).getId();

            // eight readers at once, as the checklist's listener and handler (and colleagues) do
            List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
            List<String> templatesSeen = new java.util.concurrent.CopyOnWriteArrayList<>();
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<Thread> readers = readers(8, start, failures, () -> {
                templatesSeen.add(service.prefill(interaction).orElseThrow().template().getName());
                service.templates();
            });
            start.countDown();
            for (Thread reader : readers) {
                reader.join(60_000);
            }
            assertEquals("no reader failed", List.of(), failures);
            assertEquals(40, templatesSeen.size());
            assertEquals("every reader saw the default template", 1, templatesSeen.stream().distinct().count());
            assertTrue("reading stored nothing", fresh.call(s -> s.reviews().templates()).isEmpty());

            // the activation's install while readers read: stored once, and no reader fails
            java.util.concurrent.CountDownLatch again = new java.util.concurrent.CountDownLatch(1);
            readers = readers(4, again, failures, () -> service.prefill(interaction).orElseThrow());
            again.countDown();
            assertTrue("the first install stores the default template", service.installTemplates());
            for (Thread reader : readers) {
                reader.join(60_000);
            }
            int stored = fresh.call(s -> s.reviews().templates()).size();
            assertTrue(stored >= 1);
            assertFalse("a second install stores nothing", service.installTemplates());
            assertEquals("no reader failed", List.of(), failures);
            assertEquals("nothing stored twice", stored, fresh.call(s -> s.reviews().templates()).size());
        } finally {
            fresh.close();
        }
    }
}
