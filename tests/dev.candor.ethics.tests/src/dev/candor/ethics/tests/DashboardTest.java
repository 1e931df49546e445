package dev.candor.ethics.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.candor.commitments.ResponsePolicies;
import dev.candor.commitments.ResponsePolicy;
import dev.candor.ethics.ChecklistTemplates;
import dev.candor.ethics.Dashboard;
import dev.candor.ethics.Dashboard.Grouping;
import dev.candor.ethics.ReviewEngine;
import dev.candor.ethics.ReviewService;
import dev.candor.ethics.internal.CheckRegistry;
import dev.candor.ethics.internal.ReviewServiceImpl;
import dev.candor.model.CandorFactory;
import dev.candor.model.ChecklistItem;
import dev.candor.model.ChecklistTemplate;
import dev.candor.model.Commitment;
import dev.candor.model.CommitmentStatus;
import dev.candor.model.Customer;
import dev.candor.model.Direction;
import dev.candor.model.EthicsReview;
import dev.candor.model.Interaction;
import dev.candor.model.ItemVerdict;
import dev.candor.model.Priority;
import dev.candor.model.ReviewKind;
import dev.candor.model.Verdict;
import dev.candor.services.ServiceContext;
import dev.candor.store.CandorStore;
import dev.candor.store.StoreConfiguration;
import dev.candor.store.StoreProvider;

/**
 * The Quality Dashboard's figures against a fixture worked out by hand (issue 20, item 6): every
 * figure belongs to its own month, nothing is carried into a month without data, only an
 * interaction's newest review counts, and months follow the clock's zone.
 */
public class DashboardTest {

    /** Wednesday 18 November 2026, 10:00 in Warsaw: the period of 3 months is 1 September – now. */
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-18T09:00:00Z"), WARSAW);
    private static final double EXACT = 1e-9;

    private Path dir;
    private CandorStore store;
    private ReviewEngine engine;
    private ReviewServiceImpl reviews;
    private ChecklistTemplate template;
    private String critical;
    private String ordinary;
    private long baltic;
    private long dunaj;

    @Before
    public void open() throws Exception {
        ServiceTracker<StoreProvider, StoreProvider> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(getClass()).getBundleContext(), StoreProvider.class, null);
        tracker.open();
        StoreProvider provider = tracker.waitForService(30_000);
        assertNotNull("no StoreProvider service", provider);
        dir = Files.createTempDirectory("dashboard");
        store = provider.open(StoreConfiguration.embedded(dir.resolve("db")), CLOCK);
        engine = new ReviewEngine(CheckRegistry.read().stream().filter(d -> d.trusted()).toList());
        ServiceContext context = ServiceContext.create(store, CLOCK, () -> "ewa.nowak", ServiceContext.permitAll(),
                change -> { });
        reviews = (ReviewServiceImpl) ReviewService.create(context, engine);
        reviews.installTemplates();
        template = store.call(s -> s.reviews().templates()).get(0);
        critical = template.getItems().stream().filter(ChecklistItem::isCritical).findFirst().orElseThrow().getCode();
        ordinary = template.getItems().stream().filter(i -> !i.isCritical()).findFirst().orElseThrow().getCode();
        baltic = customer("Baltic Parts Sp. z o.o.", "ewa.nowak");
        dunaj = customer("Dunaj Kft.", "jan.kowal");
        fixture();
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

    /*
     * The fixture. Reviews (interaction's time in Warsaw, account manager, customer, score, failed items):
     *   r1 10 Sep ewa Baltic 80, ordinary failed     r2 20 Sep ewa Baltic 100, none
     *   r3  5 Nov ewa Baltic: reviewed twice, 6 Nov 20 (ordinary failed), then 7 Nov 50 (critical failed)
     *   r4 15 Oct jan Dunaj 60, ordinary and critical failed
     *   r5 30 Aug jan Dunaj 10, ordinary failed: before the period
     *   r6  1 Nov 00:30 jan Baltic 90, ordinary failed: 31 October in UTC, November in Warsaw
     *   r7  2 Oct ewa Baltic: nothing judged (all not applicable)
     *   r8 18 Nov 11:00 ewa Baltic 30, ordinary failed: after the clock's now
     * Promises (due, status, closed):
     *   P1 ewa Baltic due 15 Sep kept 14 Sep      P2 ewa Baltic due 25 Sep kept late 3 Oct
     *   P3 ewa Baltic due 10 Oct broken 12 Oct    P4 ewa Baltic due 10 Nov still open
     *   P5 ewa Baltic due 25 Nov open (not due)   P6 ewa Baltic due 1 Dec kept early 17 Nov
     *   P7 ewa Baltic due 20 Oct cancelled        P8 jan Dunaj due 20 Aug kept 21 Aug (before)
     *   P9 jan Dunaj due 1 Nov 00:00 kept 31 Oct 23:30 (Warsaw)
     *   P10 jan Dunaj due 2 Nov renegotiated, still open
     */
    private void fixture() throws Exception {
        review(interaction("ewa.nowak", baltic, "2026-09-10T10:00"), "2026-09-10T12:00", 80, ordinary);
        review(interaction("ewa.nowak", baltic, "2026-09-20T10:00"), "2026-09-20T12:00", 100);
        long r3 = interaction("ewa.nowak", baltic, "2026-11-05T10:00");
        review(r3, "2026-11-06T12:00", 20, ordinary);
        review(r3, "2026-11-07T12:00", 50, critical);
        review(interaction("jan.kowal", dunaj, "2026-10-15T10:00"), "2026-10-15T12:00", 60, ordinary, critical);
        review(interaction("jan.kowal", dunaj, "2026-08-30T10:00"), "2026-08-30T12:00", 10, ordinary);
        review(interaction("jan.kowal", baltic, "2026-11-01T00:30"), "2026-11-01T12:00", 90, ordinary);
        review(interaction("ewa.nowak", baltic, "2026-10-02T10:00"), "2026-10-02T12:00", 0);
        review(interaction("ewa.nowak", baltic, "2026-11-18T11:00"), "2026-11-18T09:30", 30, ordinary);

        promise("ewa.nowak", baltic, "2026-09-15T17:00", CommitmentStatus.KEPT, "2026-09-14T15:00");
        promise("ewa.nowak", baltic, "2026-09-25T17:00", CommitmentStatus.KEPT, "2026-10-03T15:00");
        promise("ewa.nowak", baltic, "2026-10-10T17:00", CommitmentStatus.BROKEN, "2026-10-12T15:00");
        promise("ewa.nowak", baltic, "2026-11-10T17:00", CommitmentStatus.OPEN, null);
        promise("ewa.nowak", baltic, "2026-11-25T17:00", CommitmentStatus.OPEN, null);
        promise("ewa.nowak", baltic, "2026-12-01T17:00", CommitmentStatus.KEPT, "2026-11-17T15:00");
        promise("ewa.nowak", baltic, "2026-10-20T17:00", CommitmentStatus.CANCELLED, "2026-10-05T15:00");
        promise("jan.kowal", dunaj, "2026-08-20T17:00", CommitmentStatus.KEPT, "2026-08-21T15:00");
        promise("jan.kowal", dunaj, "2026-11-01T00:00", CommitmentStatus.KEPT, "2026-10-31T23:30");
        promise("jan.kowal", dunaj, "2026-11-02T17:00", CommitmentStatus.RENEGOTIATED, null);
    }

    @Test
    public void perAccountManagerEachMonthHasItsOwnFigures() throws Exception {
        Dashboard d = reviews.dashboard(Grouping.ACCOUNT_MANAGER, 3);
        assertEquals(List.of("2026-09", "2026-10", "2026-11"), d.months());
        Map<String, Dashboard.Row> rows = byGroupAndMonth(d);
        assertEquals(rows.keySet().toString(), 5, rows.size());
        row(rows, "ewa.nowak 2026-09", 2, 90.0, 1, 0, 1, 1);
        // October: no review counts (r7 judged nothing), yet two promises were settled
        row(rows, "ewa.nowak 2026-10", 0, Double.NaN, 0, 0, 2, 0);
        // r3's newest review only, not its first; r8 lies after now
        row(rows, "ewa.nowak 2026-11", 1, 50.0, 1, 1, 2, 1);
        row(rows, "jan.kowal 2026-10", 1, 60.0, 1, 1, 1, 1);
        row(rows, "jan.kowal 2026-11", 1, 90.0, 1, 0, 1, 0);
        assertEquals(0.5, rows.get("ewa.nowak 2026-11").keptRate(), EXACT);
        assertEquals("no row is made up for a month without anything", List.of("2026-10", "2026-11"),
                List.copyOf(d.rowsOf("jan.kowal").keySet()));

        assertEquals(5, d.reviews());
        assertEquals((80 + 100 + 50 + 60 + 90) / 5.0, d.averageScore(), EXACT);
        assertEquals(4, d.withFailedItem());
        assertEquals(2, d.criticalFailed());
        assertEquals(7, d.promisesSettled());
        assertEquals(3, d.keptOnTime());
        assertEquals(3 / 7.0, d.keptRate(), EXACT);
        // the failed items of the newest reviews in the period, most failed first
        assertEquals(List.of(title(ordinary), title(critical)), List.copyOf(d.failures().keySet()));
        assertEquals(List.of(3, 2), List.copyOf(d.failures().values()));
        // the trend's lines: only months with reviews
        assertEquals(List.of("ewa.nowak", "jan.kowal"), d.busiestGroups(6));
    }

    @Test
    public void perCustomerAndPerTeamTheSameFactsAddUp() throws Exception {
        Map<String, Dashboard.Row> customers = byGroupAndMonth(reviews.dashboard(Grouping.CUSTOMER, 3));
        assertEquals(customers.keySet().toString(), 5, customers.size());
        row(customers, "Baltic Parts Sp. z o.o. 2026-09", 2, 90.0, 1, 0, 1, 1);
        row(customers, "Baltic Parts Sp. z o.o. 2026-10", 0, Double.NaN, 0, 0, 2, 0);
        row(customers, "Baltic Parts Sp. z o.o. 2026-11", 2, 70.0, 2, 1, 2, 1);
        row(customers, "Dunaj Kft. 2026-10", 1, 60.0, 1, 1, 1, 1);
        row(customers, "Dunaj Kft. 2026-11", 0, Double.NaN, 0, 0, 1, 0);

        ResponsePolicy north = ResponsePolicy.parse("north", "zone = Europe/Warsaw\nmembers = ewa.nowak, jan.kowal\n");
        store.call(s -> ResponsePolicies.save(s, north, 0, "admin"));
        Map<String, Dashboard.Row> teams = byGroupAndMonth(reviews.dashboard(Grouping.TEAM, 3));
        assertEquals(teams.keySet().toString(), 3, teams.size());
        row(teams, "north 2026-09", 2, 90.0, 1, 0, 1, 1);
        row(teams, "north 2026-10", 1, 60.0, 1, 1, 3, 1);
        row(teams, "north 2026-11", 2, 70.0, 2, 1, 3, 1);
    }

    @Test
    public void aShorterPeriodCountsOnlyItsOwnMonths() throws Exception {
        Dashboard d = reviews.dashboard(Grouping.ACCOUNT_MANAGER, 1);
        assertEquals(List.of("2026-11"), d.months());
        Map<String, Dashboard.Row> rows = byGroupAndMonth(d);
        assertEquals(rows.keySet().toString(), 2, rows.size());
        row(rows, "ewa.nowak 2026-11", 1, 50.0, 1, 1, 2, 1);
        row(rows, "jan.kowal 2026-11", 1, 90.0, 1, 0, 1, 0);
        assertEquals(2, d.reviews());
        assertEquals(3, d.promisesSettled());
        assertEquals(Map.of(title(ordinary), 1, title(critical), 1), d.failures());
    }

    private static Map<String, Dashboard.Row> byGroupAndMonth(Dashboard d) {
        return d.rows().stream().collect(Collectors.toMap(r -> r.group() + " " + r.month(), r -> r));
    }

    private static void row(Map<String, Dashboard.Row> rows, String key, int reviews, double average, int withFailed,
            int critical, int settled, int kept) {
        Dashboard.Row row = rows.get(key);
        assertNotNull("no row " + key + " in " + rows.keySet(), row);
        assertEquals(key + " reviews", reviews, row.reviews());
        assertEquals(key + " average", average, row.averageScore(), EXACT);
        assertEquals(key + " with a failed item", withFailed, row.withFailedItem());
        assertEquals(key + " critical failed", critical, row.criticalFailed());
        assertEquals(key + " promises settled", settled, row.promisesSettled());
        assertEquals(key + " kept on time", kept, row.keptOnTime());
    }

    private String title(String code) {
        return ChecklistTemplates.title(template.getItems().stream().filter(i -> i.getCode().equals(code))
                .findFirst().orElseThrow());
    }

    private static Date warsaw(String time) {
        return Date.from(LocalDateTime.parse(time).atZone(WARSAW).toInstant());
    }

    private long customer(String name, String owner) throws Exception {
        Customer c = CandorFactory.eINSTANCE.createCustomer();
        c.setName(name);
        c.setOwner(owner);
        c.setPhone("+48 22 555 01 23");
        return store.call(s -> s.customers().save(c)).getId();
    }

    private long interaction(String manager, long customer, String at) throws Exception {
        Interaction i = CandorFactory.eINSTANCE.createInteraction();
        i.setCustomerId(customer);
        i.setChannel(dev.candor.model.Channel.PHONE);
        i.setDirection(Direction.OUTBOUND);
        i.setSubject("Call");
        i.setAccountManager(manager);
        i.setStartedAt(warsaw(at));
        return store.call(s -> s.interactions().save(i)).getId();
    }

    /**
     * A review with {@code score} stored as given: the items named fail, the others pass; a score of
     * 0 with no failed item judges nothing (every item not applicable).
     */
    private void review(long interaction, String at, double score, String... failed) throws Exception {
        EthicsReview review = CandorFactory.eINSTANCE.createEthicsReview();
        review.setInteractionId(interaction);
        review.setTemplateId(template.getId());
        review.setTemplateVersion(template.getTemplateVersion());
        review.setReviewer("quality.lead");
        review.setKind(ReviewKind.PEER);
        review.setReviewedAt(warsaw(at));
        review.setScore(score);
        List<String> failing = List.of(failed);
        for (ChecklistItem item : template.getItems()) {
            ItemVerdict verdict = CandorFactory.eINSTANCE.createItemVerdict();
            verdict.setItemCode(item.getCode());
            verdict.setVerdict(score == 0 && failing.isEmpty() ? Verdict.NOT_APPLICABLE
                    : failing.contains(item.getCode()) ? Verdict.FAIL : Verdict.PASS);
            review.getVerdicts().add(verdict);
        }
        store.call(s -> s.reviews().save(review));
    }

    private void promise(String owner, long customer, String due, CommitmentStatus status, String closed)
            throws Exception {
        Commitment c = CandorFactory.eINSTANCE.createCommitment();
        c.setCustomerId(customer);
        c.setDescription("Send the offer");
        c.setOwner(owner);
        c.setCreatedAt(warsaw("2026-08-01T09:00"));
        c.setDueAt(warsaw(due));
        c.setPriority(Priority.MEDIUM);
        c.setStatus(status);
        if (closed != null) {
            c.setClosedAt(warsaw(closed));
        }
        store.call(s -> s.commitments().save(c));
    }
}
