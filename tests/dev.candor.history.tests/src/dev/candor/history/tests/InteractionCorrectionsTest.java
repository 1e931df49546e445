package dev.candor.history.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import dev.candor.history.InteractionService;
import dev.candor.model.CandorFactory;
import dev.candor.model.Channel;
import dev.candor.model.Commitment;
import dev.candor.model.CommitmentKind;
import dev.candor.model.CommitmentStatus;
import dev.candor.model.Customer;
import dev.candor.model.Direction;
import dev.candor.model.EthicsReview;
import dev.candor.model.Interaction;
import dev.candor.model.ReviewKind;
import dev.candor.services.DataChange;
import dev.candor.services.DataTopics;
import dev.candor.services.DataTopics.Kind;
import dev.candor.services.ServiceContext;
import dev.candor.store.AuditEntry;
import dev.candor.store.CandorStore;
import dev.candor.store.ConflictException;
import dev.candor.store.InvalidDataException;
import dev.candor.store.StoreConfiguration;

/**
 * Correcting and deleting a logged interaction on a real embedded Derby database: one
 * transaction each, the audit entry, the announcement, and what happens to the commitments and
 * reviews that came from it.
 */
public class InteractionCorrectionsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-18T09:00:00Z"), ZoneId.of("Europe/Budapest"));

    private Path dir;
    private CandorStore store;
    private InteractionService interactions;
    private final List<DataChange> changes = new CopyOnWriteArrayList<>();
    private long right;
    private long wrong;

    @Before
    public void open() throws Exception {
        dir = Files.createTempDirectory("candor-corrections");
        store = SearchTest.provider().open(StoreConfiguration.embedded(dir.resolve("db")), CLOCK);
        ServiceContext context = ServiceContext.create(store, CLOCK, () -> "bea.kovacs", ServiceContext.permitAll(),
                changes::add);
        interactions = InteractionService.create(context);
        right = customer("Tisza Fuvar Kft.");
        wrong = customer("Tisza Bútor Zrt.");
    }

    @After
    public void close() throws IOException {
        store.close();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Derby may still hold a lock file; the folder is temporary
        }
    }

    private long customer(String name) throws Exception {
        Customer c = CandorFactory.eINSTANCE.createCustomer();
        c.setName(name);
        c.setOwner("bea.kovacs");
        c.setPhone("+36 1 555 0100");
        c.setPreferredChannel(Channel.PHONE);
        return store.call(s -> s.customers().save(c)).getId();
    }

    private Interaction inbound(long customer, String subject) throws Exception {
        Interaction i = CandorFactory.eINSTANCE.createInteraction();
        i.setCustomerId(customer);
        i.setChannel(Channel.PHONE);
        i.setDirection(Direction.INBOUND);
        i.setAwaitingResponse(true);
        i.setSubject(subject);
        i.setNotes("Asks for the delivery dates of December.");
        i.setAccountManager("bea.kovacs");
        i.setStartedAt(new Date(CLOCK.millis() - 3_600_000L));
        return interactions.log(i);
    }

    private Commitment commitment(long customer, long source, CommitmentKind kind, String description)
            throws Exception {
        Commitment c = CandorFactory.eINSTANCE.createCommitment();
        c.setCustomerId(customer);
        c.setDescription(description);
        c.setOwner("bea.kovacs");
        c.setCreatedAt(new Date(CLOCK.millis() - 3_000_000L));
        c.setDueAt(new Date(CLOCK.millis() + 86_400_000L));
        c.setStatus(CommitmentStatus.OPEN);
        c.setKind(kind);
        c.setSourceInteractionId(source);
        return store.call(s -> s.commitments().save(c));
    }

    private static EthicsReview review(long interactionId) {
        EthicsReview r = CandorFactory.eINSTANCE.createEthicsReview();
        r.setInteractionId(interactionId);
        r.setTemplateId(0);
        r.setTemplateVersion(1);
        r.setReviewer("Candor");
        r.setKind(ReviewKind.AUTOMATIC);
        r.setReviewedAt(new Date(CLOCK.millis()));
        dev.candor.model.ItemVerdict courtesy = CandorFactory.eINSTANCE.createItemVerdict();
        courtesy.setItemCode("courtesy");
        courtesy.setVerdict(dev.candor.model.Verdict.PASS);
        r.getVerdicts().add(courtesy);
        return r;
    }

    private List<AuditEntry> trail(long customer, String action) throws Exception {
        return store.call(s -> s.audit().listForSubject(customer)).stream().filter(e -> e.action().equals(action))
                .toList();
    }

    @Test
    public void aCorrectionIsSavedAuditedByFieldAndAnnounced() throws Exception {
        Interaction logged = inbound(right, "Delivry dates");
        changes.clear();
        Interaction edit = EcoreUtil.copy(logged);
        edit.setSubject("Delivery dates");
        edit.setChannel(Channel.EMAIL);
        Interaction saved = interactions.update(edit);

        assertEquals(logged.getVersion() + 1, saved.getVersion());
        Interaction stored = interactions.find(logged.getId()).orElseThrow();
        assertEquals("Delivery dates", stored.getSubject());
        assertEquals(Channel.EMAIL, stored.getChannel());
        List<AuditEntry> audit = trail(right, InteractionService.EDIT);
        assertEquals(1, audit.size());
        assertEquals("bea.kovacs", audit.get(0).actor());
        assertEquals("Corrected email \u201cDelivery dates\u201d (#" + logged.getId() + "): Channel, Subject.",
                audit.get(0).summary());
        assertEquals(List.of(new DataChange(DataTopics.INTERACTION, Kind.UPDATED, new long[] { logged.getId() },
                new long[] { right }, "bea.kovacs")), changes);
        assertEquals("the answer owed stays: it still awaits one", 0,
                store.call(s -> s.commitments().count()).longValue());
    }

    @Test
    public void aStaleCorrectionIsRefusedAndNothingIsWritten() throws Exception {
        Interaction logged = inbound(right, "Delivery dates");
        Interaction first = EcoreUtil.copy(logged);
        first.setNotes("Asks for the delivery dates of January.");
        interactions.update(first);
        Interaction stale = EcoreUtil.copy(logged);
        stale.setSubject("Written over");
        try {
            interactions.update(stale);
            fail("a stale correction was saved");
        } catch (ConflictException e) {
            assertEquals("Delivery dates", interactions.find(logged.getId()).orElseThrow().getSubject());
        }
        Interaction invalid = interactions.find(logged.getId()).orElseThrow();
        invalid.setSubject(null);
        try {
            interactions.update(invalid);
            fail("an interaction without a subject was saved");
        } catch (InvalidDataException e) {
            assertFalse(e.getProblems().isEmpty());
        }
        assertEquals(1, trail(right, InteractionService.EDIT).size());
    }

    @Test
    public void anInteractionMovedToTheRightCustomerTakesItsCommitmentsAlong() throws Exception {
        Interaction logged = inbound(wrong, "Delivery dates");
        Commitment answer = commitment(wrong, logged.getId(), CommitmentKind.RESPOND, "Respond: Delivery dates");
        Commitment promise = commitment(wrong, logged.getId(), CommitmentKind.PROMISE, "Send the December schedule");
        Commitment other = commitment(wrong, logged.getId() + 1000, CommitmentKind.PROMISE, "Unrelated");
        changes.clear();
        Interaction edit = EcoreUtil.copy(logged);
        edit.setCustomerId(right);
        interactions.update(edit);

        assertEquals(right, interactions.find(logged.getId()).orElseThrow().getCustomerId());
        assertEquals(right, store.call(s -> s.commitments().find(answer.getId())).orElseThrow().getCustomerId());
        assertEquals(right, store.call(s -> s.commitments().find(promise.getId())).orElseThrow().getCustomerId());
        assertEquals(CommitmentStatus.OPEN,
                store.call(s -> s.commitments().find(answer.getId())).orElseThrow().getStatus());
        assertEquals(wrong, store.call(s -> s.commitments().find(other.getId())).orElseThrow().getCustomerId());
        assertTrue(interactions.listForCustomer(wrong, 0, 10).isEmpty());
        AuditEntry audit = trail(right, InteractionService.EDIT).get(0);
        assertTrue(audit.summary(), audit.summary().endsWith("Moved from customer #" + wrong + " to #" + right + "."));
        assertEquals(2, changes.size());
        assertEquals(DataTopics.INTERACTION, changes.get(0).entity());
        assertEquals("both customers' views hear of it", List.of(wrong, right),
                java.util.Arrays.stream(changes.get(0).customerIds()).boxed().toList());
        assertEquals(DataTopics.COMMITMENT, changes.get(1).entity());

        Interaction gone = interactions.find(logged.getId()).orElseThrow();
        gone.setCustomerId(987_654);
        try {
            interactions.update(gone);
            fail("moved to a customer that does not exist");
        } catch (InvalidDataException e) {
            assertEquals(right, interactions.find(logged.getId()).orElseThrow().getCustomerId());
        }
    }

    @Test
    public void anInteractionThatNoLongerAwaitsAnAnswerCancelsTheAnswerItOpened() throws Exception {
        Interaction logged = inbound(right, "Thanks for the call");
        Commitment answer = commitment(right, logged.getId(), CommitmentKind.RESPOND, "Respond: Thanks for the call");
        Interaction edit = EcoreUtil.copy(logged);
        edit.setDirection(Direction.OUTBOUND);
        edit.setAwaitingResponse(false);
        interactions.update(edit);
        Commitment cancelled = store.call(s -> s.commitments().find(answer.getId())).orElseThrow();
        assertEquals(CommitmentStatus.CANCELLED, cancelled.getStatus());
        assertEquals("bea.kovacs", cancelled.getHistory().get(0).getChangedBy());
        assertEquals(CLOCK.millis(), cancelled.getClosedAt().getTime());
        assertTrue(cancelled.getHistory().get(0).getNote().contains("no longer awaits"));
    }

    @Test
    public void aDeletionNeedsAReasonKeepsItInTheTrailAndKeepsThePromisesMadeInIt() throws Exception {
        Interaction logged = inbound(right, "Logged twice by mistake");
        Commitment answer = commitment(right, logged.getId(), CommitmentKind.RESPOND, "Respond: Logged twice");
        Commitment promise = commitment(right, logged.getId(), CommitmentKind.PROMISE, "Call back on Monday");
        store.call(s -> s.reviews().save(review(logged.getId())));

        for (String reason : new String[] { null, "   ", "x".repeat(InteractionService.MAX_REASON + 1) }) {
            try {
                interactions.delete(logged.getId(), logged.getVersion(), reason);
                fail("deleted without a usable reason: " + reason);
            } catch (InvalidDataException e) {
                assertEquals(1, e.getProblems().size());
            }
        }
        try {
            interactions.delete(logged.getId(), logged.getVersion() - 1, "Logged twice");
            fail("deleted a version nobody saw");
        } catch (ConflictException e) {
            assertTrue(interactions.find(logged.getId()).isPresent());
        }
        assertEquals("nothing was deleted by the refused attempts", 1,
                store.call(s -> s.reviews().forInteraction(logged.getId())).size());

        changes.clear();
        InteractionService.Deleted deleted = interactions.delete(logged.getId(), logged.getVersion(),
                "  Logged twice: the same call is #1 ");
        assertEquals(1, deleted.reviews());
        assertEquals(1, deleted.answers());
        assertEquals(1, deleted.promises());
        assertTrue(interactions.find(logged.getId()).isEmpty());
        assertEquals(List.of(), store.call(s -> s.reviews().forInteraction(logged.getId())));
        Commitment kept = store.call(s -> s.commitments().find(promise.getId())).orElseThrow();
        assertEquals(CommitmentStatus.OPEN, kept.getStatus());
        assertNull("no longer linked to what was deleted", kept.getSourceInteractionId());
        Commitment cancelled = store.call(s -> s.commitments().find(answer.getId())).orElseThrow();
        assertEquals(CommitmentStatus.CANCELLED, cancelled.getStatus());
        assertEquals("The message to answer was deleted: Logged twice: the same call is #1",
                cancelled.getHistory().get(0).getNote());
        AuditEntry audit = trail(right, InteractionService.DELETE).get(0);
        assertEquals("Deleted phone \u201cLogged twice by mistake\u201d (#" + logged.getId()
                + "). Reason: Logged twice: the same call is #1", audit.summary());
        assertEquals(List.of(DataTopics.INTERACTION, DataTopics.REVIEW, DataTopics.COMMITMENT),
                changes.stream().map(DataChange::entity).toList());
        assertEquals(Kind.DELETED, changes.get(0).kind());

        try {
            interactions.delete(logged.getId(), logged.getVersion(), "Again");
            fail("deleted twice");
        } catch (ConflictException e) {
            assertEquals("The interaction was deleted meanwhile by someone else.", e.getMessage());
        }
    }
}
