package dev.candor.commitments.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.candor.commitments.Commitments;
import dev.candor.commitments.DueBuckets;
import dev.candor.commitments.ResponsePolicies;
import dev.candor.commitments.ResponsePolicy;
import dev.candor.model.CandorFactory;
import dev.candor.model.Channel;
import dev.candor.model.Commitment;
import dev.candor.model.CommitmentKind;
import dev.candor.model.CommitmentStatus;
import dev.candor.model.Customer;
import dev.candor.model.Direction;
import dev.candor.model.Interaction;
import dev.candor.model.Priority;
import dev.candor.store.CandorStore;
import dev.candor.store.CommitmentSummary;
import dev.candor.store.StoreConfiguration;
import dev.candor.store.StoreException;
import dev.candor.store.StoreProvider;

/** Status changes with their history, and the answers owed under the policy, on a real Derby database. */
public class CommitmentsTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    /** When the promises of these tests were made: before any of their due times. */
    private static final Instant MADE = at("2026-11-02T09:00");
    /** The store's clock: the test's "now" for whatever the store stamps itself. */
    private static final Clock CLOCK = Clock.fixed(at("2026-11-18T09:00"), WARSAW);
    private Path dir;
    private CandorStore store;
    private Customer customer;

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(WARSAW).toInstant();
    }

    @Before
    public void open() throws Exception {
        ServiceTracker<StoreProvider, StoreProvider> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(getClass()).getBundleContext(), StoreProvider.class, null);
        tracker.open();
        StoreProvider provider = tracker.waitForService(30_000);
        assertNotNull("no StoreProvider service", provider);
        dir = Files.createTempDirectory("commitments");
        store = provider.open(StoreConfiguration.embedded(dir.resolve("db")), CLOCK);
        Customer c = CandorFactory.eINSTANCE.createCustomer();
        c.setName("Olena Kovalenko");
        c.setOwner("Anna Kowalska");
        c.setEmail("olena@example.com");
        c.setPreferredChannel(Channel.EMAIL);
        customer = store.call(s -> s.customers().save(c));
    }

    @After
    public void close() throws Exception {
        store.close();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Derby may still hold a lock file on some systems; the folder is temporary
        }
    }

    private Commitment saved(Commitment c) throws StoreException {
        return store.call(s -> s.commitments().save(c));
    }

    @Test
    public void everyStatusChangeIsRecordedWithWhoWhenAndWhy() throws Exception {
        Commitment c = saved(Commitments.promise(customer.getId(), "Надіслати пропозицію", "Anna Kowalska", "Olena",
                at("2026-11-20T17:00"), Priority.HIGH, null, MADE));
        try {
            Commitments.changeStatus(c, CommitmentStatus.RENEGOTIATED, "Anna Kowalska", " ", at("2026-11-27T17:00"),
                    at("2026-11-19T10:00"));
            fail("renegotiating without a note must be refused");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("what the customer was told"));
        }
        assertEquals("the refused change left the commitment as it was", 0, c.getHistory().size());
        assertEquals(CommitmentStatus.OPEN, c.getStatus());
        try {
            Commitments.changeStatus(c, CommitmentStatus.RENEGOTIATED, "Anna Kowalska", "Told her next Friday",
                    at("2026-11-18T17:00"), at("2026-11-19T10:00"));
            fail("a new due time in the past must be refused");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("in the future"));
        }
        Commitments.changeStatus(c, CommitmentStatus.RENEGOTIATED, "Anna Kowalska",
                "Told Olena the offer comes next Friday", at("2026-11-27T17:00"), at("2026-11-19T10:00"));
        saved(c);
        Commitments.changeStatus(c, CommitmentStatus.KEPT, "Jan Nowak", null, null, at("2026-11-26T15:00"));
        saved(c);

        Commitment read = store.call(s -> s.commitments().find(c.getId())).orElseThrow();
        assertEquals(CommitmentStatus.KEPT, read.getStatus());
        assertEquals(Date.from(at("2026-11-27T17:00")), read.getDueAt());
        assertEquals(Date.from(at("2026-11-26T15:00")), read.getClosedAt());
        assertEquals(2, read.getHistory().size());
        assertEquals("Told Olena the offer comes next Friday", read.getHistory().get(0).getNote());
        assertEquals(Date.from(at("2026-11-20T17:00")), read.getHistory().get(0).getPreviousDueAt());
        assertEquals("Jan Nowak", read.getHistory().get(1).getChangedBy());
        assertEquals(CommitmentStatus.RENEGOTIATED, read.getHistory().get(1).getFromStatus());
        try {
            Commitments.changeStatus(read, CommitmentStatus.BROKEN, "Jan Nowak", "late", null, at("2026-11-28T10:00"));
            fail("a kept commitment must not change");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("kept"));
        }
        try {
            Commitment other = saved(Commitments.promise(customer.getId(), "Call back", "Anna Kowalska", null,
                    at("2026-11-20T17:00"), Priority.LOW, null, MADE));
            Commitments.changeStatus(other, CommitmentStatus.CANCELLED, "Anna Kowalska", "", null,
                    at("2026-11-19T10:00"));
            fail("cancelling without a reason must be refused");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("why"));
        }
    }

    private Interaction interaction(Direction direction, String when, boolean awaiting) throws StoreException {
        Interaction i = CandorFactory.eINSTANCE.createInteraction();
        i.setCustomerId(customer.getId());
        i.setChannel(direction == Direction.INBOUND ? Channel.EMAIL : Channel.PHONE);
        i.setDirection(direction);
        i.setStartedAt(Date.from(at(when)));
        i.setSubject(direction == Direction.INBOUND ? "Pytanie o fakturę" : "Oddzwoniłam");
        i.setAccountManager("Anna Kowalska");
        i.setAwaitingResponse(awaiting);
        return store.call(s -> s.interactions().save(i));
    }

    @Test
    public void aMessageAwaitingAnAnswerOpensARespondCommitmentThatTheAnswerKeeps() throws Exception {
        ResponsePolicy team = ResponsePolicy.parse("sales", "zone = Europe/Warsaw\nmembers = Anna Kowalska\n"
                + "high = 30m / 1d\nmedium = 2h / 2d\n");
        store.call(s -> ResponsePolicies.save(s, team, 0, "admin"));
        List<String> problems = new ArrayList<>();
        ResponsePolicies policies = store.call(s -> ResponsePolicies.load(s, WARSAW, problems));
        assertTrue(problems.toString(), problems.isEmpty());
        assertEquals("sales", policies.policyFor("Anna Kowalska").team());
        assertEquals(ResponsePolicy.DEFAULT_TEAM, policies.policyFor("Someone Else").team());

        Interaction question = interaction(Direction.INBOUND, "2026-11-20T16:00", true);
        List<Commitment> opened = store.call(s -> Commitments.interactionLogged(s, question, policies, Priority.MEDIUM));
        assertEquals(1, opened.size());
        Commitment respond = opened.get(0);
        assertEquals(CommitmentKind.RESPOND, respond.getKind());
        assertEquals(question.getId(), (long) respond.getSourceInteractionId());
        // 2 business hours from Friday 16:00: one on Friday, one on Monday from 9:00
        assertEquals(Date.from(at("2026-11-23T10:00")), respond.getDueAt());
        assertTrue(respond.getDescription().contains("Pytanie o fakturę"));
        assertTrue("logging the same message again opens nothing",
                store.call(s -> Commitments.interactionLogged(s, question, policies, Priority.MEDIUM)).isEmpty());

        Interaction answer = interaction(Direction.OUTBOUND, "2026-11-23T09:40", false);
        List<Commitment> kept = store.call(s -> Commitments.interactionLogged(s, answer, policies, Priority.MEDIUM));
        assertEquals(1, kept.size());
        Commitment read = store.call(s -> s.commitments().find(respond.getId())).orElseThrow();
        assertEquals(CommitmentStatus.KEPT, read.getStatus());
        assertEquals(Date.from(at("2026-11-23T09:40")), read.getClosedAt());
        assertTrue(read.getHistory().get(0).getNote().contains("Oddzwoniłam"));
        assertEquals(1.0, store.call(s -> s.commitments().keptRates(true, Date.from(at("2026-11-24T09:00")))).get(0).rate(), 1e-9);
    }

    /** Issue 20, item 13: what Candor writes into a customer's records is in the language chosen for the customer. */
    @Test
    public void textsWrittenIntoACustomersRecordsAreInTheCustomersLanguage() throws Exception {
        customer.setPreferredLanguage(dev.candor.model.Language.POLISH);
        customer = store.call(s -> s.customers().save(customer));
        ResponsePolicies policies = ResponsePolicies.defaults(WARSAW);
        Interaction question = interaction(Direction.INBOUND, "2026-11-20T10:00", true);
        Commitment respond = store.call(s -> Commitments.interactionLogged(s, question, policies, Priority.MEDIUM)).get(0);
        assertEquals("Odpowiedzieć: Pytanie o fakturę", respond.getDescription());
        Interaction answer = interaction(Direction.OUTBOUND, "2026-11-20T11:00", false);
        store.call(s -> Commitments.interactionLogged(s, answer, policies, Priority.MEDIUM));
        Commitment kept = store.call(s -> s.commitments().find(respond.getId())).orElseThrow();
        assertEquals("the channel named in Polish too", "Odpowiedź (telefon): Oddzwoniłam",
                kept.getHistory().get(0).getNote());

        customer.setPreferredLanguage(dev.candor.model.Language.HUNGARIAN);
        customer = store.call(s -> s.customers().save(customer));
        Interaction another = interaction(Direction.INBOUND, "2026-11-20T12:00", true);
        assertEquals("Válaszolni: Pytanie o fakturę",
                store.call(s -> Commitments.interactionLogged(s, another, policies, Priority.MEDIUM)).get(0).getDescription());
    }

    @Test
    public void aPromiseInASubjectThatEndsASentenceIsQuotedWithOneFullStop() throws Exception {
        ResponsePolicy team = ResponsePolicy.parse("sales", "zone = Europe/Warsaw\nmembers = Anna Kowalska\n");
        for (String subject : new String[] { "I will send you the revised offer tomorrow.", "I will send you the revised offer tomorrow" }) {
            Interaction logged = interaction(Direction.OUTBOUND, "2026-11-18T10:00", false);
            logged.setSubject(subject);
            logged.setNotes("Thank you for the call.");
            List<dev.candor.commitments.PromiseSuggestion> found = Commitments.promisesIn(logged, team);
            assertEquals(subject, 1, found.size());
            assertEquals("I will send you the revised offer tomorrow.", found.get(0).sentence().strip());
        }
    }

    /**
     * The direction decides whose promise it is: a message from the customer ("we will deliver by
     * Tuesday") holds their promises, never ours; the notes of a call the customer made are the
     * account manager's, and "I will send" in them is ours.
     */
    @Test
    public void aPromiseInTheCustomersOwnMessageIsNeverFiledAsOurs() throws Exception {
        ResponsePolicy team = ResponsePolicy.parse("sales", "zone = Europe/Warsaw\nmembers = Anna Kowalska\n");
        String promise = "Thank you. We will deliver the parts by Tuesday.";
        Interaction fromThem = interaction(Direction.INBOUND, "2026-11-18T10:00", true);
        fromThem.setNotes(promise);
        for (dev.candor.model.Channel written : new dev.candor.model.Channel[] { dev.candor.model.Channel.EMAIL,
                dev.candor.model.Channel.CHAT, dev.candor.model.Channel.SOCIAL, dev.candor.model.Channel.LETTER }) {
            fromThem.setChannel(written);
            assertTrue(written + " from the customer", Commitments.customersWords(fromThem));
            assertEquals(written + " from the customer", List.of(), Commitments.promisesIn(fromThem, team));
        }
        Interaction toThem = interaction(Direction.OUTBOUND, "2026-11-18T10:00", false);
        toThem.setChannel(dev.candor.model.Channel.EMAIL);
        toThem.setNotes(promise);
        assertEquals("our own message", 1, Commitments.promisesIn(toThem, team).size());
        Interaction theyCalled = interaction(Direction.INBOUND, "2026-11-18T10:00", false);
        theyCalled.setChannel(dev.candor.model.Channel.PHONE);
        theyCalled.setNotes("Asked about the parts. I will send the delivery schedule by Friday.");
        assertFalse(Commitments.customersWords(theyCalled));
        assertEquals("the notes of a call they made are ours", 1, Commitments.promisesIn(theyCalled, team).size());
    }

    /**
     * My Day of one account manager at 9:00 on Wednesday 18 November in Warsaw: the promises
     * overdue, due today and coming up within a week, every answer owed, and the customers not
     * contacted for 30 days (never contacted first); nothing of a colleague's, nothing closed.
     */
    @Test
    public void myDayHoldsOnePersonsPromisesAnswersAndQuietCustomers() throws Exception {
        dev.candor.commitments.CommitmentService service = dev.candor.commitments.CommitmentService.create(
                dev.candor.services.ServiceContext.create(store, CLOCK, () -> "Anna Kowalska",
                        dev.candor.services.ServiceContext.permitAll(), change -> { }));
        long id = customer.getId();
        Commitment overdue = saved(Commitments.promise(id, "Send the offer", "Anna Kowalska", null,
                at("2026-11-17T17:00"), Priority.HIGH, null, MADE));
        Commitment today = saved(Commitments.promise(id, "Call back", "Anna Kowalska", null,
                at("2026-11-18T16:00"), Priority.MEDIUM, null, MADE));
        Commitment lateTonight = saved(Commitments.promise(id, "E-mail the summary", "Anna Kowalska", null,
                at("2026-11-18T23:30"), Priority.LOW, null, MADE));
        Commitment friday = saved(Commitments.promise(id, "Visit", "Anna Kowalska", null,
                at("2026-11-20T10:00"), Priority.LOW, null, MADE));
        saved(Commitments.promise(id, "Next month", "Anna Kowalska", null, at("2026-12-10T10:00"), Priority.LOW,
                null, MADE));
        Commitment answer = Commitments.promise(id, "Respond: invoice", "Anna Kowalska", null, at("2026-11-18T08:00"),
                Priority.HIGH, null, MADE);
        answer.setKind(dev.candor.model.CommitmentKind.RESPOND);
        answer = saved(answer);
        Commitment kept = Commitments.promise(id, "Kept already", "Anna Kowalska", null, at("2026-11-17T10:00"),
                Priority.LOW, null, MADE);
        Commitments.changeStatus(kept, CommitmentStatus.KEPT, "Anna Kowalska", null, null, at("2026-11-16T10:00"));
        saved(kept);
        saved(Commitments.promise(id, "A colleague's", "Jan Nowak", null, at("2026-11-17T10:00"), Priority.LOW, null,
                MADE));

        // customer: contacted 2 days ago; "Quiet": 40 days ago; "Never": not at all; a colleague's never
        Interaction recent = interaction(Direction.OUTBOUND, "2026-11-16T10:00", false);
        assertEquals(id, recent.getCustomerId());
        long quiet = anotherCustomer("Quiet Sp. z o.o.", "Anna Kowalska");
        Interaction old = interaction(Direction.OUTBOUND, "2026-10-09T10:00", false);
        old.setCustomerId(quiet);
        store.call(s -> s.interactions().save(old));
        long never = anotherCustomer("Never Kft.", "Anna Kowalska");
        anotherCustomer("Theirs Zrt.", "Jan Nowak");

        dev.candor.commitments.MyDay day = service.myDay(null);
        assertEquals("Anna Kowalska", day.who());
        assertEquals(List.of(overdue.getId()), day.overdue().stream().map(CommitmentSummary::id).toList());
        assertEquals(List.of(today.getId(), lateTonight.getId()),
                day.dueToday().stream().map(CommitmentSummary::id).toList());
        assertEquals(List.of(answer.getId()), day.answersOwed().stream().map(CommitmentSummary::id).toList());
        assertEquals(List.of(friday.getId()), day.comingUp().stream().map(CommitmentSummary::id).toList());
        assertEquals(List.of(never, quiet), day.quiet().stream().map(dev.candor.store.LastContact::id).toList());
        assertTrue(day.quiet().get(0).never());
        assertEquals(30, day.quietDays());
        assertFalse(day.isEmpty());

        dev.candor.commitments.MyDay quick = service.myDay(null, false);
        assertFalse("the quick first read leaves the quiet customers out", quick.quietRead());
        assertEquals(List.of(), quick.quiet());
        assertEquals(day.overdue(), quick.overdue());
        assertEquals(day.answersOwed(), quick.answersOwed());
        assertTrue(day.quietRead());

        dev.candor.commitments.MyDay colleague = service.myDay("Jan Nowak");
        assertEquals(1, colleague.overdue().size());
        assertEquals(1, colleague.quiet().size());
        assertTrue(service.myDay("Nobody Here").isEmpty());
    }

    private long anotherCustomer(String name, String owner) throws StoreException {
        Customer c = CandorFactory.eINSTANCE.createCustomer();
        c.setName(name);
        c.setOwner(owner);
        c.setPhone("+48 22 555 01 02");
        c.setPreferredChannel(Channel.PHONE);
        return store.call(s -> s.customers().save(c)).getId();
    }

    @Test
    public void aTeamSaysAfterHowManyDaysACustomerIsQuiet() throws Exception {
        ResponsePolicy team = ResponsePolicy.parse("sales", "zone = Europe/Warsaw\nquiet = 14\n");
        assertEquals(14, team.quietDays());
        assertEquals(14, ResponsePolicy.parse("sales", team.format()).quietDays());
        assertEquals(ResponsePolicy.DEFAULT_QUIET_DAYS, ResponsePolicy.parse("sales", "zone = UTC\n").quietDays());
        try {
            ResponsePolicy.parse("sales", "quiet = soon\n");
            fail("accepted");
        } catch (dev.candor.commitments.PolicyFormatException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("Line 1"));
        }
    }

    @Test
    public void bucketsAndCountsAsOfOneMoment() throws Exception {
        Instant now = at("2026-11-18T10:00"); // a Wednesday
        saved(Commitments.promise(customer.getId(), "overdue", "A", null, at("2026-11-17T17:00"), Priority.HIGH, null, MADE));
        saved(Commitments.promise(customer.getId(), "soon", "A", null, at("2026-11-18T12:00"), Priority.HIGH, null, MADE));
        saved(Commitments.promise(customer.getId(), "today", "A", null, at("2026-11-18T23:00"), Priority.LOW, null, MADE));
        saved(Commitments.promise(customer.getId(), "sunday", "A", null, at("2026-11-22T20:00"), Priority.LOW, null, MADE));
        saved(Commitments.promise(customer.getId(), "monday", "A", null, at("2026-11-23T00:30"), Priority.LOW, null, MADE));
        Commitment done = Commitments.promise(customer.getId(), "done", "A", null, at("2026-11-10T17:00"),
                Priority.LOW, null, MADE);
        Commitments.changeStatus(done, CommitmentStatus.KEPT, "A", null, null, at("2026-11-09T17:00"));
        saved(done);
        List<CommitmentSummary> all = store.call(s -> s.commitments().summaries(0, false));
        DueBuckets buckets = DueBuckets.at(now, WARSAW);
        assertEquals(new DueBuckets.Counts(1, 2, 1, 1, 1, 1), buckets.count(all));
        assertEquals(List.of(DueBuckets.Bucket.CLOSED, DueBuckets.Bucket.OVERDUE, DueBuckets.Bucket.TODAY,
                DueBuckets.Bucket.TODAY, DueBuckets.Bucket.THIS_WEEK, DueBuckets.Bucket.LATER),
                all.stream().map(buckets::of).toList());
        assertNull(store.call(s -> s.commitments().find(all.get(1).id())).orElseThrow().getClosedAt());
    }
}
