package dev.candor.store.tests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.junit.Test;

import dev.candor.model.CandorFactory;
import dev.candor.model.Commitment;
import dev.candor.model.CommitmentChange;
import dev.candor.model.CommitmentKind;
import dev.candor.model.CommitmentStatus;
import dev.candor.model.Contact;
import dev.candor.model.Customer;
import dev.candor.model.CustomerKind;
import dev.candor.model.Interaction;
import dev.candor.model.Priority;
import dev.candor.store.CandorStore;
import dev.candor.store.ConflictException;
import dev.candor.store.CommitmentSummary;
import dev.candor.store.CustomerSummary;
import dev.candor.store.KeptRate;
import dev.candor.store.SharedDocument;
import dev.candor.store.InvalidDataException;
import dev.candor.store.StoreException;

/**
 * What every store must do, embedded or over the network: subclasses open the
 * store and a second, independent client of the same database.
 */
public abstract class StoreContract {

    protected abstract CandorStore store();

    /** Another client of the same database (another Candor on the team). */
    protected abstract CandorStore otherClient();

    private Customer saved(Customer customer) throws StoreException {
        return store().call(s -> s.customers().save(customer));
    }

    @Test
    public void customerRoundTripsInEveryLanguage() throws StoreException {
        String[] names = { "Zakład Usług Łączności „Żuraw”", "ООО «Северный ветер»", "ТОВ «Київська зоря»",
                "Ötvös és Társa Kft.", "Northwind Traders Ltd" };
        for (String name : names) {
            Customer c = StoreFixture.customer(name, "kontakt@example.com");
            c.setKind(CustomerKind.ORGANISATION);
            c.setCity("Łódź / Київ / Győr");
            c.setNotes("Prefers calls after 10:00. Говорит по-русски. Mówi po polsku. Beszél magyarul.");
            c.setConsentDataProcessing(true);
            c.getTags().add("VIP");
            c.getTags().add("ключевой");
            Contact contact = CandorFactory.eINSTANCE.createContact();
            contact.setName("Ágnes Kovács");
            contact.setRole("Beszerzési vezető");
            contact.setEmail("agnes@example.hu");
            contact.setPhone("+36 1 123 4567");
            contact.setPrimary(true);
            c.getContacts().add(contact);
            saved(c);
            assertTrue(c.getId() > 0);
            assertEquals(1, c.getVersion());

            Customer read = store().call(s -> s.customers().find(c.getId())).orElseThrow();
            assertEquals(name, read.getName());
            assertEquals(c.getCity(), read.getCity());
            assertEquals(c.getNotes(), read.getNotes());
            assertEquals(List.of("VIP", "ключевой"), read.getTags());
            assertEquals(1, read.getContacts().size());
            assertEquals("Beszerzési vezető", read.getContacts().get(0).getRole());
            assertTrue(read.isConsentDataProcessing());
            assertFalse(read.isConsentMarketing());
            assertEquals(c.getPreferredLanguage(), read.getPreferredLanguage());
        }
    }

    @Test
    public void updateIncrementsVersionAndReplacesContactsAndTags() throws StoreException {
        Customer c = StoreFixture.customer("Jan Nowak", "jan@nowak.pl");
        c.getTags().add("old");
        saved(c);
        c.setName("Jan Nowak-Kowalski");
        c.getTags().clear();
        c.getTags().add("new");
        saved(c);
        assertEquals(2, c.getVersion());
        Customer read = store().call(s -> s.customers().find(c.getId())).orElseThrow();
        assertEquals("Jan Nowak-Kowalski", read.getName());
        assertEquals(List.of("new"), read.getTags());
        assertEquals(2, read.getVersion());
    }

    @Test
    public void deleteRemovesTheCustomerWithItsInteractions() throws StoreException {
        Customer c = saved(StoreFixture.customer("Do usunięcia", "x@example.com"));
        Interaction i = StoreFixture.interaction(c.getId(), "Rozmowa", 1_000_000);
        store().call(s -> s.interactions().save(i));
        store().call(s -> {
            s.customers().delete(c.getId(), c.getVersion());
            return null;
        });
        assertTrue(store().call(s -> s.customers().find(c.getId())).isEmpty());
        assertTrue(store().call(s -> s.interactions().find(i.getId())).isEmpty());
    }

    @Test
    public void staleUpdateFromAnotherClientFailsWithAClearConflict() throws StoreException {
        Customer mine = saved(StoreFixture.customer("Конфликт и Ко", "info@konflikt.ru"));
        Customer theirs = otherClient().call(s -> s.customers().find(mine.getId())).orElseThrow();
        theirs.setCity("Kraków");
        otherClient().call(s -> s.customers().save(theirs));

        mine.setCity("Warszawa");
        try {
            saved(mine);
            fail("a stale update must not win");
        } catch (ConflictException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("changed by someone else"));
            assertEquals(1, e.getExpectedVersion());
            assertEquals(2, e.getCurrentVersion());
        }
        // nothing lost: their change is stored, mine is still in my object with my version
        assertEquals("Kraków", store().call(s -> s.customers().find(mine.getId())).orElseThrow().getCity());
        assertEquals("Warszawa", mine.getCity());
        assertEquals(1, mine.getVersion());
    }

    @Test
    public void deleteOfAChangedRecordIsAConflict() throws StoreException {
        Customer c = saved(StoreFixture.customer("Stale delete", "d@example.com"));
        Customer theirs = otherClient().call(s -> s.customers().find(c.getId())).orElseThrow();
        theirs.setNotes("changed");
        otherClient().call(s -> s.customers().save(theirs));
        try {
            store().call(s -> {
                s.customers().delete(c.getId(), 1);
                return null;
            });
            fail();
        } catch (ConflictException e) {
            assertFalse(e.isDeleted());
        }
        assertTrue(store().call(s -> s.customers().find(c.getId())).isPresent());
    }

    @Test
    public void failureInsideATransactionRollsBackEverythingIncludingTheCallersObjects() throws StoreException {
        long before = store().call(s -> s.customers().count());
        Customer a = StoreFixture.customer("Half written", "a@example.com");
        try {
            store().call(s -> {
                s.customers().save(a);
                Interaction broken = StoreFixture.interaction(a.getId(), "ok", 1_000);
                broken.setNotes("x".repeat(40_000)); // refused: too long for the column
                s.interactions().save(broken);
                return null;
            });
            fail();
        } catch (InvalidDataException e) {
            assertEquals(List.of("Notes has 40,000 characters; at most 32,000 can be stored."), e.getProblems());
        }
        assertEquals(before, (long) store().call(s -> s.customers().count()));
        assertEquals("the rolled-back insert gives the object its id back", 0, a.getId());
        assertEquals(0, a.getVersion());
        saved(a); // and it can be saved again
        assertTrue(a.getId() > 0);
    }

    @Test
    public void invalidInputIsRefusedWithTheFieldNamedAndNothingWritten() throws StoreException {
        long before = store().call(s -> s.customers().count());
        Customer c = StoreFixture.customer("", "not-an-address");
        c.setOrganisation("O".repeat(600));
        try {
            saved(c);
            fail();
        } catch (InvalidDataException e) {
            assertEquals(e.getProblems().toString(), 3, e.getProblems().size());
            assertTrue(e.getMessage(), e.getMessage().contains("Name is required."));
            assertTrue(e.getMessage(), e.getMessage().contains("\"not-an-address\" is not an e-mail address"));
            assertTrue(e.getMessage(), e.getMessage().contains("Organisation has 600 characters; at most 500 can be stored."));
        }
        assertEquals(before, (long) store().call(s -> s.customers().count()));
        assertEquals(0, c.getId());
    }

    @Test
    public void interactionsAreListedNewestFirstInPages() throws StoreException {
        Customer c = saved(StoreFixture.customer("Historia", "h@example.com"));
        for (int i = 0; i < 25; i++) {
            Interaction interaction = StoreFixture.interaction(c.getId(), "Rozmowa " + i, 1_000_000L * i);
            store().call(s -> s.interactions().save(interaction));
        }
        List<Interaction> first = store().call(s -> s.interactions().listForCustomer(c.getId(), 0, 10));
        List<Interaction> third = store().call(s -> s.interactions().listForCustomer(c.getId(), 20, 10));
        assertEquals("Rozmowa 24", first.get(0).getSubject());
        assertEquals(5, third.size());
        assertEquals("Rozmowa 0", third.get(4).getSubject());
        assertEquals(List.of("Anna Kowalska", "Jan Nowak"), first.get(0).getParticipants());
        assertEquals(25, (long) store().call(s -> s.interactions().countForCustomer(c.getId())));
    }

    @Test
    public void commitmentHistoryIsAppendOnly() throws StoreException {
        Customer c = saved(StoreFixture.customer("Obietnice", "o@example.com"));
        Commitment commitment = CandorFactory.eINSTANCE.createCommitment();
        commitment.setCustomerId(c.getId());
        commitment.setDescription("Przesłać ofertę do piątku");
        commitment.setOwner("anna.kowalska");
        commitment.setCreatedAt(new Date(0));
        commitment.setDueAt(new Date(86_400_000L * 4));
        commitment.setPriority(Priority.HIGH);
        commitment.setStatus(CommitmentStatus.OPEN);
        store().call(s -> s.commitments().save(commitment));

        CommitmentChange change = CandorFactory.eINSTANCE.createCommitmentChange();
        change.setChangedAt(new Date(86_400_000L));
        change.setChangedBy("anna.kowalska");
        change.setFromStatus(CommitmentStatus.OPEN);
        change.setToStatus(CommitmentStatus.RENEGOTIATED);
        change.setPreviousDueAt(commitment.getDueAt());
        change.setNewDueAt(new Date(86_400_000L * 7));
        change.setNote("Klient zgodził się na poniedziałek.");
        commitment.getHistory().add(change);
        commitment.setStatus(CommitmentStatus.RENEGOTIATED);
        commitment.setDueAt(change.getNewDueAt());
        store().call(s -> s.commitments().save(commitment));

        Commitment read = store().call(s -> s.commitments().find(commitment.getId())).orElseThrow();
        assertEquals(CommitmentStatus.RENEGOTIATED, read.getStatus());
        assertEquals(1, read.getHistory().size());
        assertEquals("Klient zgodził się na poniedziałek.", read.getHistory().get(0).getNote());

        read.getHistory().clear();
        try {
            store().call(s -> s.commitments().save(read));
            fail("history must not be rewritten");
        } catch (IllegalStateException e) {
            // a programming error, not the user's: no service ever drops history
            assertTrue(e.getMessage(), e.getMessage().contains("append-only"));
        }
        assertEquals(2, read.getVersion());
    }

    @Test
    public void deletingAnInteractionKeepsThePromiseMadeInIt() throws StoreException {
        Customer c = saved(StoreFixture.customer("Obietnica przetrwa", "p@example.com"));
        Interaction call = StoreFixture.interaction(c.getId(), "Telefon", 5_000_000);
        store().call(s -> s.interactions().save(call));
        Commitment promise = CandorFactory.eINSTANCE.createCommitment();
        promise.setCustomerId(c.getId());
        promise.setDescription("Oddzwonię jutro");
        promise.setOwner("anna.kowalska");
        promise.setCreatedAt(new Date(5_000_000));
        promise.setDueAt(new Date(5_000_000 + 86_400_000L));
        promise.setStatus(CommitmentStatus.OPEN);
        promise.setSourceInteractionId(call.getId());
        store().call(s -> s.commitments().save(promise));
        store().call(s -> {
            s.interactions().delete(call.getId(), call.getVersion());
            return null;
        });
        Commitment kept = store().call(s -> s.commitments().find(promise.getId())).orElseThrow();
        assertEquals("Oddzwonię jutro", kept.getDescription());
        assertEquals(null, kept.getSourceInteractionId());
    }

    @Test
    public void aChangeOfOneClientReachesTheOtherAndARolledBackOneNever() throws Exception {
        long start = otherClient().call(s -> s.changeLog().last());
        try (dev.candor.store.ChangeWatch watch = otherClient().watchChanges()) {
            watch.await(10); // listening from here on (PostgreSQL)
            try {
                store().call(s -> {
                    s.changeLog().append("client-a", "Ada", java.time.Instant.parse("2026-11-18T09:00:00Z"),
                            "customer", "UPDATED", new long[] { 7 }, new long[] { 7 });
                    throw new dev.candor.store.StoreException("changed my mind");
                });
                fail("the transaction was not rolled back");
            } catch (dev.candor.store.StoreException expected) {
                // nothing of it is logged
            }
            long committed = System.nanoTime();
            // how soon is the benchmark's question (docs/benchmarks.md); here: that it comes
            dev.candor.store.LoggedChange written = store().call(s -> s.changeLog().append("client-a", "Ada",
                    java.time.Instant.parse("2026-11-18T09:00:01Z"), "customer", "UPDATED", new long[] { 42 },
                    new long[] { 42 }));
            List<dev.candor.store.LoggedChange> seen = List.of();
            while (seen.isEmpty() && System.nanoTime() - committed < 30_000_000_000L) {
                if (watch.await(1_000)) {
                    seen = otherClient().call(s -> s.changeLog().since(start, 100));
                }
            }
            assertEquals(List.of(written), seen);
            dev.candor.store.LoggedChange change = seen.get(0);
            assertEquals("Ada", change.actor());
            assertEquals("client-a", change.origin());
            assertArrayEquals(new long[] { 42 }, change.ids());
            assertEquals(java.time.Instant.parse("2026-11-18T09:00:01Z"), change.at());
        }
        // more ids than a row keeps: "not known one by one"
        long[] many = java.util.stream.LongStream.rangeClosed(1_000_000, 1_002_000).toArray();
        dev.candor.store.LoggedChange big = store().call(s -> s.changeLog().append("client-a", "Ada",
                java.time.Instant.parse("2026-11-18T09:00:02Z"), "interaction", "UPDATED", many, new long[] { 1 }));
        assertEquals(0, otherClient().call(s -> s.changeLog().since(big.number() - 1, 10)).get(0).ids().length);
        assertEquals(big.number(), (long) otherClient().call(s -> s.changeLog().last()));
        // a day later the old changes are forgotten
        assertEquals(1, (int) store().call(s -> s.changeLog().prune(java.time.Instant.parse("2026-11-18T09:00:02Z"))));
        assertEquals(big.number(), (long) store().call(s -> s.changeLog().first()));
    }

    /** A table of another bundle, as the Sql API sees one: its own schema, ID and VERSION. */
    private static final String NOTES = "CONTRACT_TEST.NOTE";

    private void ensureNotesTable() throws StoreException {
        store().call(s -> {
            if (!s.sql().tableExists("CONTRACT_TEST", "NOTE")) { // each test has a new database
                s.sql().update("CREATE SCHEMA CONTRACT_TEST");
                s.sql().update("CREATE TABLE " + NOTES + " (ID BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                        + " VERSION INT NOT NULL, CUSTOMER_ID BIGINT NOT NULL, WRITTEN_AT BIGINT NOT NULL,"
                        + " TEXT VARCHAR(20) NOT NULL)");
            }
            return null;
        });
    }

    /**
     * This test bundle contributes, through {@code dev.candor.store.schemas} (its plugin.xml), the
     * schema STORE_TEST in two versions and two contributions Candor must refuse: on every kind of
     * database the schema is there at its latest version, versioned apart from Candor's, its rows
     * are counted with their customer and go with it; the refused ones are named.
     */
    @Test
    public void contributedSchemasAreMigratedVersionedAloneAndFollowTheirCustomers() throws StoreException {
        assertTrue("version 1 made the table", store().call(s -> s.sql().tableExists("STORE_TEST", "VISIT")));
        assertEquals("both versions applied, recorded apart from Candor's", 2L, (long) store().call(s -> s.sql()
                .queryLong("SELECT MAX(VERSION) FROM CANDOR_MODULE_SCHEMA WHERE MODULE = ?", "STORE_TEST")));
        String problems = String.join("\n", store().getProblems());
        assertTrue(problems, problems.contains("dev.candor.store.tests") && problems.contains("\"CANDOR\""));
        assertTrue(problems, problems.contains("without gaps"));
        assertFalse("a refused schema is not made", store().call(s -> s.sql().tableExists("GAPPY", "VISIT")));

        Customer c = saved(StoreFixture.customer("Wizyta w Gdańsku", "wizyta@example.pl"));
        // version 2's column is there
        store().call(s -> s.sql().insertVersioned("STORE_TEST.VISIT",
                java.util.Map.of("CUSTOMER_ID", c.getId(), "PLACE", "Gdańsk", "CHANNEL", "meeting")));
        store().call(s -> s.sql().insertVersioned("STORE_TEST.VISIT",
                java.util.Map.of("CUSTOMER_ID", c.getId(), "PLACE", "Sopot")));
        assertEquals(java.util.Map.of("Site visits", 2L),
                otherClient().call(s -> s.customers().countAttached(c.getId())).contributed());
        store().call(s -> {
            s.customers().delete(c.getId(), c.getVersion());
            return null;
        });
        assertEquals("the customer's rows went with it", 0L, (long) otherClient().call(s -> s.sql()
                .queryLong("SELECT COUNT(*) FROM STORE_TEST.VISIT WHERE CUSTOMER_ID = ?", c.getId())));
    }

    @Test
    public void sqlGivesTablesOfOtherBundlesTransactionsOptimisticLockingAndTypedErrors() throws StoreException {
        ensureNotesTable();
        Customer c = saved(StoreFixture.customer("Opinie", "f@example.com"));
        java.time.Instant written = java.time.Instant.parse("2026-10-25T00:30:00Z");
        long id = store().call(s -> s.sql().insertVersioned(NOTES,
                java.util.Map.of("CUSTOMER_ID", c.getId(), "WRITTEN_AT", written, "TEXT", "Köszönöm!")));
        record Note(long id, int version, java.time.Instant at, String text) {
        }
        dev.candor.store.Sql.RowReader<Note> note = row -> new Note(row.getLong(1), row.getInt(2), row.getInstant(3),
                row.getString(4));
        String select = "SELECT ID, VERSION, WRITTEN_AT, TEXT FROM " + NOTES + " WHERE ID = ?";
        Note read = otherClient().call(s -> s.sql().queryFirst(select, note, id)).orElseThrow();
        assertEquals(new Note(id, 1, written, "Köszönöm!"), read);

        // an instant is epoch milliseconds, like every instant of Candor's
        assertEquals(written.toEpochMilli(), (long) store().call(s -> s.sql().queryLong(
                "SELECT WRITTEN_AT FROM " + NOTES + " WHERE ID = ?", id)));

        store().call(s -> {
            s.sql().updateVersioned(NOTES, id, 1, java.util.Map.of("TEXT", "Дякую!"), "the note");
            return null;
        });
        try {
            otherClient().call(s -> {
                s.sql().updateVersioned(NOTES, id, 1, java.util.Map.of("TEXT", "stale"), "the note");
                return null;
            });
            fail("a stale version was written");
        } catch (dev.candor.store.ConflictException e) {
            assertEquals(2, e.getCurrentVersion());
            assertEquals(dev.candor.store.StoreException.Code.CONFLICT, e.getCode());
        }

        // one transaction: a failure after a write undoes the write
        try {
            store().call(s -> {
                s.sql().insertVersioned(NOTES, java.util.Map.of("CUSTOMER_ID", c.getId(), "WRITTEN_AT", written,
                        "TEXT", "rolled back"));
                s.sql().insertVersioned(NOTES, java.util.Map.of("CUSTOMER_ID", c.getId(), "WRITTEN_AT", written,
                        "TEXT", "far too long for twenty characters"));
                return null;
            });
            fail("a value longer than its column was stored");
        } catch (StoreException e) {
            assertEquals(dev.candor.store.StoreException.Code.FAILED, e.getCode());
            assertFalse("no database text reaches the user", e.getMessage().contains("VARCHAR"));
        }
        assertEquals(1L, (long) store().call(s -> s.sql().queryLong("SELECT COUNT(*) FROM " + NOTES
                + " WHERE CUSTOMER_ID = ?", c.getId())));

        store().call(s -> {
            s.sql().deleteVersioned(NOTES, id, 2, "the note");
            return null;
        });
        assertTrue(store().call(s -> s.sql().queryFirst(select, note, id)).isEmpty());
    }

    @Test
    public void firstPageByNameFollowsTheFoldedNames() throws StoreException {
        for (String name : new String[] { "Żaneta Zielińska", "Ágnes Kovács", "zenon adamski", "Łukasz Bąk", "Adam Nowak" }) {
            saved(StoreFixture.customer(name, "x@example.com"));
        }
        List<CustomerSummary> all = new ArrayList<>();
        store().call(s -> {
            s.customers().forEachSummary(all::add);
            return null;
        });
        List<String> expected = all.stream()
                .sorted(java.util.Comparator.comparing((CustomerSummary c) -> dev.candor.store.SearchKeys.fold(c.name()))
                        .thenComparingLong(CustomerSummary::id))
                .limit(3).map(CustomerSummary::name).toList();
        List<String> first = store().call(s -> s.customers().firstSummariesByName(3)).stream()
                .map(CustomerSummary::name).toList();
        assertEquals(expected, first);
    }

    @Test
    public void summariesCarryAFoldedSearchKey() throws StoreException {
        Customer c = saved(StoreFixture.customer("Łukasz Żółkiewski", "lukasz@example.pl"));
        c.setCity("Łódź");
        saved(c);
        List<CustomerSummary> all = new ArrayList<>();
        store().call(s -> {
            s.customers().forEachSummary(all::add);
            return null;
        });
        CustomerSummary summary = all.stream().filter(x -> x.id() == c.getId()).findFirst().orElseThrow();
        assertTrue(summary.searchKey(), summary.searchKey().contains("lukasz zolkiewski"));
        assertTrue(summary.searchKey().contains("lodz"));
        assertNotEquals(0, all.size());
    }

    @Test
    public void everyWriteTakesANewChangeNumberThatBothClientsSeeInOrder() throws StoreException {
        long before = store().call(s -> s.searchFeed().lastChange());
        Customer c = saved(StoreFixture.customer("Ágnes Kovács", "agnes@example.hu"));
        Interaction call = store().call(s -> s.interactions().save(StoreFixture.interaction(c.getId(), "Hívás", 1000L)));
        call.setSubject("Hívás — visszahívás");
        otherClient().call(s -> s.interactions().save(call));
        List<dev.candor.store.SearchDocument> changed = new ArrayList<>();
        otherClient().call(s -> s.searchFeed().changedSince(dev.candor.store.SearchDocument.Kind.INTERACTION, before,
                100, changed::add));
        assertEquals(1, changed.size());
        assertEquals("Hívás — visszahívás", changed.get(0).title());
        assertEquals(c.getId(), changed.get(0).customerId());
        assertTrue(changed.get(0).text().contains("Dzień dobry"));
        List<dev.candor.store.SearchDocument> customers = new ArrayList<>();
        store().call(s -> s.searchFeed().changedSince(dev.candor.store.SearchDocument.Kind.CUSTOMER, before, 100,
                customers::add));
        assertEquals(List.of(c.getId()), customers.stream().map(dev.candor.store.SearchDocument::id).toList());
        assertTrue(customers.get(0).changeSeq() < changed.get(0).changeSeq());
        assertEquals(changed.get(0).changeSeq(), (long) store().call(s -> s.searchFeed().lastChange()));
    }

    @Test
    public void auditEntriesAreAppendedAndListedNewestFirst() throws StoreException {
        Customer c = saved(StoreFixture.customer("Олена Ковальчук", "olena@example.ua"));
        store().call(s -> s.audit().append(new dev.candor.store.AuditEntry(0, new Date(1000), "Olena", "test.first",
                c.getId(), "Перший запис.", null)));
        otherClient().call(s -> s.audit().append(new dev.candor.store.AuditEntry(0, new Date(2000), "Olena",
                "test.second", c.getId(), "Другий запис.", "подробиці")));
        List<dev.candor.store.AuditEntry> trail = store().call(s -> s.audit().listForSubject(c.getId()));
        assertEquals(List.of("test.second", "test.first"), trail.stream().map(dev.candor.store.AuditEntry::action).toList());
        assertEquals("подробиці", trail.get(0).details());
        try {
            store().call(s -> s.audit().append(new dev.candor.store.AuditEntry(0, new Date(StoreFixture.CLOCK.millis()), "", "x", 1, "y", null)));
            fail("an audit entry without actor was written");
        } catch (InvalidDataException expected) {
            assertTrue(expected.getMessage().contains("actor"));
        }
    }

    @Test
    public void factsCountOpenAndOverdueCommitmentsAndTheLastContact() throws StoreException {
        Customer c = saved(StoreFixture.customer("Jan Nowak", "jan@example.pl"));
        long now = StoreFixture.CLOCK.millis();
        store().call(s -> {
            s.interactions().save(StoreFixture.interaction(c.getId(), "Starsza", now - 5 * 86_400_000L));
            Interaction last = StoreFixture.interaction(c.getId(), "Najnowsza", now - 86_400_000L);
            last.setChannel(dev.candor.model.Channel.CHAT);
            s.interactions().save(last);
            for (long due : new long[] { now - 3_600_000L, now + 86_400_000L }) {
                Commitment promise = CandorFactory.eINSTANCE.createCommitment();
                promise.setCustomerId(c.getId());
                promise.setDescription("Oddzwonić");
                promise.setOwner("Anna");
                promise.setDueAt(new Date(due));
                promise.setPriority(Priority.HIGH);
                promise.setStatus(CommitmentStatus.OPEN);
                s.commitments().save(promise);
            }
            return null;
        });
        dev.candor.store.CustomerFacts facts = otherClient().call(s -> s.customers().facts(c.getId(), new Date(now), StoreFixture.CLOCK.getZone()));
        assertEquals(2, facts.interactions());
        assertEquals(2, facts.openCommitments());
        assertEquals(1, facts.overdueCommitments());
        assertEquals(dev.candor.model.Channel.CHAT, facts.lastContactChannel());
        assertEquals(now - 86_400_000L, facts.lastContactAt().getTime());
        assertTrue(facts.scores().isEmpty());
    }

    @Test
    public void anInteractionOfAMissingCustomerIsRefusedAndDeletingACustomerTakesItsInteractions() throws StoreException {
        Customer c = saved(StoreFixture.customer("Ágnes Kovács", "agnes@example.hu"));
        store().call(s -> s.interactions().save(StoreFixture.interaction(c.getId(), "Hívás", 1000L)));
        store().call(s -> {
            s.customers().delete(c.getId(), c.getVersion());
            return null;
        });
        assertEquals(0L, (long) otherClient().call(s -> s.interactions().countForCustomer(c.getId())));
        try {
            store().call(s -> s.interactions().save(StoreFixture.interaction(c.getId(), "Késői hívás", 2000L)));
            fail("an interaction was saved for a deleted customer");
        } catch (InvalidDataException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("does not exist"));
        }
    }

    private Commitment commitment(Customer customer, String owner, long due, CommitmentStatus status, Long closed)
            throws StoreException {
        Commitment c = CandorFactory.eINSTANCE.createCommitment();
        c.setCustomerId(customer.getId());
        c.setDescription("Promise due " + due);
        c.setOwner(owner);
        c.setCreatedAt(new Date(0));
        c.setDueAt(new Date(due));
        c.setPriority(Priority.MEDIUM);
        c.setStatus(status);
        c.setClosedAt(closed == null ? null : new Date(closed));
        return store().call(s -> s.commitments().save(c));
    }

    @Test
    public void commitmentSummariesComeSoonestFirstWithTheCustomerName() throws StoreException {
        Customer a = saved(StoreFixture.customer("Ágnes Kovács", "agnes@example.com"));
        Customer b = saved(StoreFixture.customer("Богдан Шевчук", "bohdan@example.com"));
        commitment(a, "anna", 5_000, CommitmentStatus.OPEN, null);
        commitment(b, "anna", 1_000, CommitmentStatus.RENEGOTIATED, null);
        commitment(a, "jan", 3_000, CommitmentStatus.KEPT, 2_000L);
        Commitment respond = commitment(b, "jan", 4_000, CommitmentStatus.OPEN, null);
        respond.setKind(CommitmentKind.RESPOND);
        store().call(s -> s.commitments().save(respond));

        List<CommitmentSummary> all = store().call(s -> s.commitments().summaries(0, false));
        assertEquals(List.of(1_000L, 3_000L, 4_000L, 5_000L), all.stream().map(CommitmentSummary::dueAt).toList());
        assertEquals("Богдан Шевчук", all.get(0).customerName());
        assertEquals(CommitmentKind.RESPOND, all.get(2).kind());
        assertEquals(2_000L, all.get(1).closedAt());
        assertEquals(3, store().call(s -> s.commitments().summaries(0, true)).size());
        assertEquals(2, store().call(s -> s.commitments().summaries(a.getId(), false)).size());
        assertEquals(List.of(1_000L, 4_000L), store().call(s -> s.commitments().firstOpen(2)).stream()
                .map(CommitmentSummary::dueAt).toList());
        assertEquals(List.of(1_000L, 4_000L), store().call(s -> s.commitments().openDueBefore(new Date(5_000)))
                .stream().map(CommitmentSummary::dueAt).toList());
        // the other client sees the same, over the network too
        assertEquals(4, otherClient().call(s -> s.commitments().summaries(0, false)).size());
    }

    @Test
    public void closingTimesDriveTheKeptOnTimeRates() throws StoreException {
        Customer c = saved(StoreFixture.customer("Rates", "rates@example.com"));
        commitment(c, "anna", 10_000, CommitmentStatus.KEPT, 9_000L); // on time
        commitment(c, "anna", 10_000, CommitmentStatus.KEPT, 12_000L); // late
        commitment(c, "anna", 10_000, CommitmentStatus.BROKEN, 10_000L);
        commitment(c, "anna", 10_000, CommitmentStatus.OPEN, null); // overdue at 20_000
        commitment(c, "anna", 90_000, CommitmentStatus.OPEN, null); // not yet due
        commitment(c, "anna", 10_000, CommitmentStatus.CANCELLED, null); // does not count
        Commitment kept = commitment(c, "jan", 10_000, CommitmentStatus.KEPT, null);
        assertTrue("a closed commitment gets a closing time", kept.getClosedAt() != null);
        List<KeptRate> byOwner = store().call(s -> s.commitments().keptRates(true, new Date(20_000)));
        KeptRate anna = byOwner.stream().filter(r -> r.key().equals("anna")).findFirst().orElseThrow();
        assertEquals(new KeptRate("anna", "anna", 1, 1, 1, 1), anna);
        assertEquals(0.25, anna.rate(), 1e-9);
        List<KeptRate> byCustomer = store().call(s -> s.commitments().keptRates(false, new Date(20_000)));
        assertEquals("Rates", byCustomer.get(0).label());
        assertEquals(byCustomer.toString(), 5, byCustomer.get(0).decided()); // jan's kept late as well
    }

    @Test
    public void sharedDocumentsAreVersionedAcrossClients() throws StoreException {
        SharedDocument first = store().call(s -> s.sharedDocuments().save("response-policy/sales", "zone = UTC\n", 0,
                "admin"));
        assertEquals(1, first.version());
        SharedDocument seen = otherClient().call(s -> s.sharedDocuments().find("response-policy/sales")).orElseThrow();
        assertEquals("zone = UTC\n", seen.content());
        otherClient().call(s -> s.sharedDocuments().save(seen.name(), "zone = Europe/Kyiv\n", seen.version(), "lead"));
        try {
            store().call(s -> s.sharedDocuments().save(first.name(), "zone = Europe/Warsaw\n", first.version(), "admin"));
            fail("a stale save must be refused");
        } catch (ConflictException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("lead"));
        }
        try {
            store().call(s -> s.sharedDocuments().save(first.name(), "again", 0, "admin"));
            fail("creating an existing document must be refused");
        } catch (ConflictException e) {
            assertEquals(2, e.getCurrentVersion());
        }
        store().call(s -> s.sharedDocuments().save("response-policy/support_1%", "x", 0, "admin"));
        assertEquals(List.of("response-policy/sales", "response-policy/support_1%"),
                store().call(s -> s.sharedDocuments().list("response-policy/")).stream().map(SharedDocument::name)
                        .toList());
        assertEquals(1, store().call(s -> s.sharedDocuments().list("response-policy/support_")).size());
        try {
            store().call(s -> s.sharedDocuments().save(" ", "x", 0, ""));
            fail("a nameless document must be refused");
        } catch (InvalidDataException e) {
            assertEquals(2, e.getProblems().size());
        }
        assertEquals("zone = Europe/Kyiv\n",
                store().call(s -> s.sharedDocuments().find(first.name())).orElseThrow().content());
    }

    // ---- checklist templates and ethics reviews ----

    static dev.candor.model.ChecklistTemplate template(String name, String... codesCriticalFirst) {
        dev.candor.model.ChecklistTemplate t = CandorFactory.eINSTANCE.createChecklistTemplate();
        t.setName(name);
        t.setActive(true);
        boolean first = true;
        for (String code : codesCriticalFirst) {
            dev.candor.model.ChecklistItem item = CandorFactory.eINSTANCE.createChecklistItem();
            item.setCode(code);
            item.setTitle("Title of " + code);
            item.setDescription("Описание " + code);
            item.setWeight(first ? 2 : 1);
            item.setCritical(first);
            first = false;
            t.getItems().add(item);
        }
        return t;
    }

    static dev.candor.model.ItemVerdict verdict(String code, dev.candor.model.Verdict value, String evidence,
            String comment) {
        dev.candor.model.ItemVerdict v = CandorFactory.eINSTANCE.createItemVerdict();
        v.setItemCode(code);
        v.setVerdict(value);
        v.setEvidence(evidence);
        if (evidence != null) {
            v.setEvidenceStart(3);
            v.setEvidenceEnd(3 + evidence.length());
        }
        v.setComment(comment);
        return v;
    }

    static dev.candor.model.EthicsReview review(long interaction, dev.candor.model.ChecklistTemplate t,
            dev.candor.model.ReviewKind kind, long at, double score, dev.candor.model.ItemVerdict... verdicts) {
        dev.candor.model.EthicsReview r = CandorFactory.eINSTANCE.createEthicsReview();
        r.setInteractionId(interaction);
        r.setTemplateId(t.getId());
        r.setTemplateVersion(t.getTemplateVersion());
        r.setReviewer(kind == dev.candor.model.ReviewKind.AUTOMATIC ? "Candor" : "Ewa Nowak");
        r.setKind(kind);
        r.setReviewedAt(new java.util.Date(at));
        r.setScore(score);
        r.getVerdicts().addAll(List.of(verdicts));
        return r;
    }

    private long[] interactions(int count) throws StoreException {
        Customer c = saved(StoreFixture.customer("Oceniany Klient", "oceny@example.pl"));
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            dev.candor.model.Interaction interaction = StoreFixture.interaction(c.getId(), "Rozmowa " + i,
                    StoreFixture.CLOCK.millis() - (i + 1) * 3_600_000L);
            interaction.setAccountManager("ewa.nowak");
            ids[i] = store().call(s -> s.interactions().save(interaction)).getId();
        }
        return ids;
    }

    @Test
    public void templateVersionsAreKeptAndOnlyTheNewestIsActive() throws StoreException {
        String key = "ethics-" + System.nanoTime();
        dev.candor.model.ChecklistTemplate v1 = store().call(s -> s.reviews().publishTemplate(key,
                template("Etyka obsługi", "personal-data", "courtesy"), "admin"));
        dev.candor.model.ChecklistTemplate v2 = otherClient().call(s -> s.reviews().publishTemplate(key,
                template("Etyka obsługi", "personal-data", "courtesy", "empathy"), "admin"));
        assertEquals(1, v1.getTemplateVersion());
        assertEquals(2, v2.getTemplateVersion());
        List<dev.candor.model.ChecklistTemplate> all = store().call(s -> s.reviews().templates());
        dev.candor.model.ChecklistTemplate first = all.stream().filter(t -> t.getId() == v1.getId()).findFirst().orElseThrow();
        assertFalse("the older version is kept but no longer active", first.isActive());
        assertEquals(2, first.getItems().size());
        assertEquals("Описание courtesy", first.getItems().get(1).getDescription());
        assertTrue(store().call(s -> s.reviews().template(v2.getId())).orElseThrow().isActive());
        assertEquals(key, store().call(s -> s.reviews().templateKey(v2.getId())));
        int stored = store().call(s -> s.reviews().templates()).size();
        try {
            store().call(s -> s.reviews().publishTemplate(key, template("Etyka", "courtesy", "courtesy"), "admin"));
            fail("two items with one code");
        } catch (dev.candor.store.InvalidDataException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("Two items have the code “courtesy”"));
        }
        assertEquals("nothing of the refused version was written", stored,
                store().call(s -> s.reviews().templates()).size());
        assertTrue("and the newest good version is still active",
                store().call(s -> s.reviews().template(v2.getId())).orElseThrow().isActive());
    }

    @Test
    public void reviewsKeepEveryVerdictWithItsEvidenceAndWhetherACriticalItemFailed() throws StoreException {
        long[] ids = interactions(2);
        dev.candor.model.ChecklistTemplate t = store().call(s -> s.reviews().publishTemplate("t-" + System.nanoTime(),
                template("Checklist", "personal-data", "courtesy", "empathy"), "admin"));
        dev.candor.model.EthicsReview peer = review(ids[0], t, dev.candor.model.ReviewKind.PEER, 1_000, 40,
                verdict("personal-data", dev.candor.model.Verdict.FAIL, "4111 1111 1111 1111", "Номер карты в заметке"),
                verdict("courtesy", dev.candor.model.Verdict.PASS, null, "Greeted by name"),
                verdict("empathy", dev.candor.model.Verdict.NOT_APPLICABLE, null, null));
        store().call(s -> s.reviews().save(peer));
        dev.candor.model.EthicsReview automatic = review(ids[0], t, dev.candor.model.ReviewKind.AUTOMATIC, 2_000, 100,
                verdict("personal-data", dev.candor.model.Verdict.PASS, null, "Checked automatically: nothing found"),
                verdict("courtesy", dev.candor.model.Verdict.PASS, null, null),
                verdict("empathy", dev.candor.model.Verdict.UNREVIEWED, null, null));
        store().call(s -> s.reviews().save(automatic));

        List<dev.candor.model.EthicsReview> read = otherClient().call(s -> s.reviews().forInteraction(ids[0]));
        assertEquals(2, read.size());
        dev.candor.model.EthicsReview newest = read.get(0);
        assertEquals(dev.candor.model.ReviewKind.AUTOMATIC, newest.getKind());
        assertEquals(dev.candor.model.Verdict.UNREVIEWED, newest.getVerdicts().get(2).getVerdict());
        dev.candor.model.EthicsReview back = read.get(1);
        assertEquals(t.getId(), back.getTemplateId());
        assertEquals(1, back.getTemplateVersion());
        assertEquals(3, back.getVerdicts().size());
        assertEquals("4111 1111 1111 1111", back.getVerdicts().get(0).getEvidence());
        assertEquals(3, back.getVerdicts().get(0).getEvidenceStart());
        assertEquals("Номер карты в заметке", back.getVerdicts().get(0).getComment());
        assertEquals("Greeted by name", back.getVerdicts().get(1).getComment());
        assertEquals(dev.candor.model.Verdict.NOT_APPLICABLE, back.getVerdicts().get(2).getVerdict());

        java.util.Map<Long, dev.candor.store.ReviewMark> marks = store().call(s -> s.reviews().latest(
                List.of(ids[0], ids[1])));
        assertEquals("a person's review outranks a later automatic one", dev.candor.model.ReviewKind.PEER,
                marks.get(ids[0]).kind());
        assertFalse("the critical item failed", marks.get(ids[0]).passed());
        assertEquals(40, marks.get(ids[0]).score(), 1e-9);
        assertEquals(2, marks.get(ids[0]).judged());
        assertFalse(marks.containsKey(ids[1]));
    }

    @Test
    public void aReviewOfAMissingInteractionIsRefusedAndAReviewIsNeverChanged() throws StoreException {
        dev.candor.model.ChecklistTemplate t = store().call(s -> s.reviews().publishTemplate("t-" + System.nanoTime(),
                template("Checklist", "courtesy"), "admin"));
        try {
            store().call(s -> s.reviews().save(review(Long.MAX_VALUE - 7, t, dev.candor.model.ReviewKind.SELF, 0, 100,
                    verdict("courtesy", dev.candor.model.Verdict.PASS, null, null))));
            fail("no such interaction");
        } catch (dev.candor.store.InvalidDataException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("does not exist"));
        }
        long[] ids = interactions(1);
        dev.candor.model.EthicsReview r = store().call(s -> s.reviews().save(review(ids[0], t,
                dev.candor.model.ReviewKind.SELF, 0, 100, verdict("courtesy", dev.candor.model.Verdict.PASS, null, null))));
        try {
            store().call(s -> s.reviews().save(r));
            fail("saved twice");
        } catch (IllegalArgumentException expected) {
            // a programming error: services only ever record new reviews
            assertEquals(1, store().call(s -> s.reviews().forInteraction(ids[0])).size());
        }
    }

    @Test
    public void aBatchOfAutomaticReviewsLeavesNothingUnreviewed() throws StoreException {
        long[] ids = interactions(3);
        dev.candor.model.ChecklistTemplate t = store().call(s -> s.reviews().publishTemplate("t-" + System.nanoTime(),
                template("Checklist", "competitors", "courtesy"), "admin"));
        long before = store().call(s -> s.reviews().countUnreviewed(dev.candor.model.ReviewKind.AUTOMATIC));
        long[] pending = store().call(s -> s.reviews().unreviewed(dev.candor.model.ReviewKind.AUTOMATIC, ids[0] - 1, 10));
        assertTrue(pending.length >= 3);
        assertTrue(java.util.Arrays.stream(pending).boxed().toList().containsAll(List.of(ids[0], ids[1], ids[2])));
        List<dev.candor.model.EthicsReview> batch = new java.util.ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            batch.add(review(ids[i], t, dev.candor.model.ReviewKind.AUTOMATIC, StoreFixture.CLOCK.millis(), i == 0 ? 0 : 100,
                    verdict("competitors", i == 0 ? dev.candor.model.Verdict.FAIL : dev.candor.model.Verdict.PASS,
                            i == 0 ? "Baltex to oszuści" : null, i == 0 ? "A competitor is run down" : null),
                    verdict("courtesy", dev.candor.model.Verdict.PASS, null, null)));
        }
        store().call(s -> {
            s.reviews().saveAll(batch);
            return null;
        });
        assertTrue(batch.stream().allMatch(r -> r.getId() > 0));
        assertEquals(before - 3, (long) store().call(s -> s.reviews().countUnreviewed(dev.candor.model.ReviewKind.AUTOMATIC)));
        long[] left = store().call(s -> s.reviews().unreviewed(dev.candor.model.ReviewKind.AUTOMATIC, ids[0] - 1, 10));
        List<Long> still = java.util.Arrays.stream(left).boxed().toList();
        assertFalse(still.contains(ids[0]) || still.contains(ids[1]) || still.contains(ids[2]));
        assertEquals("Baltex to oszuści", store().call(s -> s.reviews().forInteraction(ids[0])).get(0).getVerdicts()
                .get(0).getEvidence());
    }

    // ---- large imports in short transactions (CustomerImports) ----

    private static final java.time.Instant NOW = StoreFixture.CLOCK.instant();

    private static Customer withContact(String name, String email) {
        Customer c = StoreFixture.customer(name, email);
        c.getTags().add("import");
        Contact contact = CandorFactory.eINSTANCE.createContact();
        contact.setName("Contact of " + name);
        contact.setPrimary(true);
        c.getContacts().add(contact);
        return c;
    }

    private List<String> namesSeenBy(CandorStore client) throws StoreException {
        List<String> names = new java.util.ArrayList<>();
        client.call(s -> {
            s.customers().forEachSummary(c -> names.add(c.name()));
            return null;
        });
        return names;
    }

    @Test
    public void anImportsCustomersAreSeenByNobodyUntilPublishedAndSearchableOnceSettled() throws StoreException {
        Customer existing = saved(withContact("Existing Customer", "existing@example.com"));
        long searchedUpTo = store().call(s -> s.searchFeed().lastChange());
        long id = store().call(s -> s.customerImports().begin("anna.kowalska", NOW));
        Customer update = store().call(s -> s.customers().find(existing.getId())).orElseThrow();
        update.setCity("Győr");
        update.getContacts().get(0).setName("Kovács Ágnes");
        List<Customer> batch = List.of(withContact("Imported One", "one@example.com"),
                withContact("Imported Two", "two@example.com"), update);
        store().call(s -> {
            s.customerImports().stage(id, batch, NOW);
            return null;
        });
        store().call(s -> {
            s.customerImports().stage(id, List.of(withContact("Imported Three", "three@example.com")), NOW);
            return null;
        });
        assertTrue("a new customer gets its id", batch.get(0).getId() > 0);

        for (CandorStore client : List.of(store(), otherClient())) {
            assertEquals(List.of("Existing Customer"), namesSeenBy(client));
            assertEquals(1L, (long) client.call(s -> s.customers().count()));
            assertEquals(1, client.call(s -> s.customers().firstSummariesByName(10)).size());
            assertTrue(client.call(s -> s.customers().findSimilar(withContact("Imported One", "one@example.com"), 5))
                    .isEmpty());
            assertEquals("an update waits for the publication", null,
                    client.call(s -> s.customers().find(existing.getId())).orElseThrow().getCity());
        }
        assertEquals(1, store().call(s -> s.customerImports().unfinished()).size());

        assertEquals(1, (int) store().call(s -> s.customerImports().publish(id)));
        for (CandorStore client : List.of(store(), otherClient())) {
            assertEquals(List.of("Existing Customer", "Imported One", "Imported Two", "Imported Three"),
                    namesSeenBy(client));
            assertEquals(4L, (long) client.call(s -> s.customers().count()));
            assertEquals(1, client.call(s -> s.customers().findSimilar(withContact("X", "two@example.com"), 5)).size());
        }
        Customer updated = store().call(s -> s.customers().find(existing.getId())).orElseThrow();
        assertEquals("Győr", updated.getCity());
        assertEquals(2, updated.getVersion());
        assertEquals("Kovács Ágnes", updated.getContacts().get(0).getName());
        Customer one = store().call(s -> s.customers().find(batch.get(0).getId())).orElseThrow();
        assertEquals(List.of("import"), one.getTags());
        assertEquals("Contact of Imported One", one.getContacts().get(0).getName());

        // settled a chunk at a time, each customer with a change number of its own for the search indexes
        java.util.Set<String> fed = new java.util.HashSet<>();
        java.util.Set<Long> numbers = new java.util.HashSet<>();
        // (the second chunk: the kept copy of the update, deleted, and the third new customer)
        assertEquals(2, (int) store().call(s -> s.customerImports().settle(id, 2)));
        assertEquals(2, (int) store().call(s -> s.customerImports().settle(id, 2)));
        assertEquals(0, (int) store().call(s -> s.customerImports().settle(id, 2)));
        assertEquals("the update's copy is gone", 4L, (long) store().call(s -> s.sql().queryLong(
                "SELECT COUNT(*) FROM CUSTOMER")));
        assertTrue(store().call(s -> s.customerImports().unfinished()).isEmpty());
        store().call(s -> s.searchFeed().changedSince(dev.candor.store.SearchDocument.Kind.CUSTOMER, searchedUpTo, 100,
                d -> {
                    fed.add(d.title());
                    numbers.add(d.changeSeq());
                }));
        assertEquals(java.util.Set.of("Existing Customer", "Imported One", "Imported Two", "Imported Three"), fed);
        assertEquals(4, numbers.size());
        assertEquals(4L, (long) otherClient().call(s -> s.customers().count()));
    }

    @Test
    public void aDiscardedImportLeavesNothingBehind() throws StoreException {
        saved(StoreFixture.customer("Stays", "stays@example.com"));
        long id = otherClient().call(s -> s.customerImports().begin("anna.kowalska", NOW));
        List<Customer> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(withContact("Discarded " + i, "d" + i + "@example.com"));
        }
        otherClient().call(s -> {
            s.customerImports().stage(id, batch, NOW);
            return null;
        });
        assertEquals(2, (int) store().call(s -> s.customerImports().discard(id, 2)));
        assertEquals(2, (int) store().call(s -> s.customerImports().discard(id, 2)));
        assertEquals(1, (int) store().call(s -> s.customerImports().discard(id, 2)));
        assertEquals(0, (int) store().call(s -> s.customerImports().discard(id, 2)));
        assertTrue(store().call(s -> s.customerImports().unfinished()).isEmpty());
        assertEquals(List.of("Stays"), namesSeenBy(store()));
        for (Customer discarded : batch) {
            assertTrue(store().call(s -> s.customers().find(discarded.getId())).isEmpty());
        }
        assertEquals("contacts and tags go with their customers", 0L,
                (long) store().call(s -> s.sql().queryLong("SELECT COUNT(*) FROM CONTACT")));
    }

    @Test
    public void anImportIsRefusedWholeWhenACustomerItUpdatesWasChangedMeanwhile() throws StoreException {
        Customer existing = saved(StoreFixture.customer("Changed Meanwhile", "meanwhile@example.com"));
        long id = store().call(s -> s.customerImports().begin("anna.kowalska", NOW));
        Customer update = store().call(s -> s.customers().find(existing.getId())).orElseThrow();
        update.setCity("Kraków");
        Customer added = StoreFixture.customer("Would Be New", "new@example.com");
        store().call(s -> {
            s.customerImports().stage(id, List.of(added, update), NOW);
            return null;
        });
        Customer colleagues = otherClient().call(s -> s.customers().find(existing.getId())).orElseThrow();
        colleagues.setCity("Łódź");
        otherClient().call(s -> s.customers().save(colleagues));
        try {
            store().call(s -> s.customerImports().publish(id));
            fail("published over a colleague's change");
        } catch (dev.candor.store.ConflictException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("Changed Meanwhile"));
        }
        assertEquals("nothing of the import shows", List.of("Changed Meanwhile"), namesSeenBy(otherClient()));
        assertEquals("Łódź", store().call(s -> s.customers().find(existing.getId())).orElseThrow().getCity());
        assertFalse(store().call(s -> s.customerImports().unfinished()).get(0).published());
        while (store().call(s -> s.customerImports().discard(id, 100)) > 0) {
            // until nothing is left
        }
        assertEquals(List.of("Changed Meanwhile"), namesSeenBy(store()));
    }
}
