package dev.candor.profiles.tests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import dev.candor.model.Customer;
import dev.candor.model.Language;
import dev.candor.profiles.CustomerService;
import dev.candor.services.DataChange;
import dev.candor.services.DataTopics;
import dev.candor.services.DataTopics.Kind;
import dev.candor.services.NotPermittedException;
import dev.candor.services.ServiceContext;
import dev.candor.store.AuditEntry;
import dev.candor.store.CandorStore;
import dev.candor.store.ConflictException;
import dev.candor.store.InvalidDataException;
import dev.candor.store.StoreConfiguration;

/**
 * Each use case of the customer service is one transaction that leaves exactly one audit entry
 * naming who did what, and announces what changed; a refused or failed one leaves neither.
 */
public class CustomerServiceTest {

    private Path dir;
    private CandorStore store;
    private final List<DataChange> announced = new ArrayList<>();
    private CustomerService service;

    @Before
    public void open() throws Exception {
        dir = Files.createTempDirectory("candor-service");
        store = Fixture.provider().open(StoreConfiguration.embedded(dir.resolve("db")), Fixture.CLOCK);
        service = Fixture.customers(store, "Olena", announced);
    }

    @After
    public void close() throws Exception {
        if (store != null) {
            store.close();
        }
        Fixture.deleteTree(dir);
    }

    private long auditCount() throws Exception {
        return store.call(s -> s.sql().queryLong("SELECT COUNT(*) FROM AUDIT_ENTRY"));
    }

    private AuditEntry newest(long subject) throws Exception {
        return store.call(s -> s.audit().listForSubject(subject)).get(0);
    }

    private Customer create(String name, String email) throws Exception {
        return service.create(Fixture.customer(name, email, null, "Kyiv", Language.UKRAINIAN));
    }

    @Test
    public void createLeavesOneEntryAndOneEvent() throws Exception {
        Customer created = create("Оксана Мельник", "oksana@example.ua");
        assertEquals(1, auditCount());
        AuditEntry entry = newest(created.getId());
        assertEquals(CustomerService.CREATE, entry.action());
        assertEquals("Olena", entry.actor());
        assertTrue(entry.summary(), entry.summary().contains("Оксана Мельник"));
        assertEquals(Fixture.CLOCK.millis(), entry.at().getTime());
        assertEquals(1, announced.size());
        DataChange change = announced.get(0);
        assertEquals(DataTopics.CUSTOMER, change.entity());
        assertEquals(Kind.CREATED, change.kind());
        assertArrayEquals(new long[] { created.getId() }, change.ids());
        assertEquals("Olena", change.actor());
        assertEquals("dev/candor/data/customer/CREATED", change.topic());
    }

    @Test
    public void editLeavesOneEntryNamingTheChangedFields() throws Exception {
        Customer created = create("Оксана Мельник", "oksana@example.ua");
        announced.clear();
        Customer edited = org.eclipse.emf.ecore.util.EcoreUtil.copy(created);
        edited.setCity("Lviv");
        edited.setPhone("+380 44 123 4567");
        Customer saved = service.update(edited);
        assertEquals(created.getVersion() + 1, saved.getVersion());
        assertEquals(2, auditCount());
        AuditEntry entry = newest(created.getId());
        assertEquals(CustomerService.UPDATE, entry.action());
        assertEquals("Olena", entry.actor());
        assertTrue(entry.summary(), entry.summary().contains("City") && entry.summary().contains("Phone"));
        assertFalse("the trail names fields, not their values", entry.summary().contains("Lviv"));
        assertEquals(List.of(Kind.UPDATED), announced.stream().map(DataChange::kind).toList());
    }

    @Test
    public void aStaleEditIsRefusedAndLeavesNoEntry() throws Exception {
        Customer created = create("Оксана Мельник", "oksana@example.ua");
        Customer first = org.eclipse.emf.ecore.util.EcoreUtil.copy(created);
        first.setCity("Lviv");
        service.update(first);
        long before = auditCount();
        announced.clear();
        Customer stale = org.eclipse.emf.ecore.util.EcoreUtil.copy(created);
        stale.setCity("Odesa");
        try {
            service.update(stale);
            fail("a stale version was saved");
        } catch (ConflictException expected) {
            assertEquals(dev.candor.store.StoreException.Code.CONFLICT, expected.getCode());
        }
        assertEquals(before, auditCount());
        assertTrue(announced.isEmpty());
    }

    @Test
    public void invalidDataIsRefusedWithTheProblemAndNothingWritten() throws Exception {
        Customer bad = Fixture.customer("", "not-an-address", null, null, Language.ENGLISH);
        try {
            service.create(bad);
            fail("saved a customer without a name");
        } catch (InvalidDataException expected) {
            assertFalse(expected.getProblems().isEmpty());
        }
        assertEquals(0, auditCount());
        assertEquals(0, service.count());
        assertTrue(announced.isEmpty());
    }

    @Test
    public void mergeLeavesOneEntryForTheSurvivor() throws Exception {
        Customer survivor = create("Оксана Мельник", "oksana@example.ua");
        Customer duplicate = create("Melnyk Oksana", "OKSANA@example.ua");
        long before = auditCount();
        announced.clear();
        service.merge(survivor.getId(), survivor.getVersion(), duplicate.getId(), duplicate.getVersion(),
                new NullProgressMonitor());
        assertEquals(before + 1, auditCount());
        AuditEntry entry = newest(survivor.getId());
        assertEquals(CustomerService.MERGE, entry.action());
        assertEquals("Olena", entry.actor());
        assertTrue(announced.stream().anyMatch(c -> c.kind() == Kind.DELETED && c.concernsRecord(duplicate.getId())
                && c.entity().equals(DataTopics.CUSTOMER)));
        assertTrue(announced.stream().anyMatch(c -> c.kind() == Kind.UPDATED && c.concernsRecord(survivor.getId())
                && c.entity().equals(DataTopics.CUSTOMER)));
    }

    @Test
    public void deleteLeavesOneEntry() throws Exception {
        Customer gone = create("Оксана Мельник", "oksana@example.ua");
        long before = auditCount();
        announced.clear();
        service.delete(gone.getId(), gone.getVersion());
        assertEquals(before + 1, auditCount());
        AuditEntry entry = newest(gone.getId());
        assertEquals(CustomerService.DELETE, entry.action());
        assertEquals("Olena", entry.actor());
        assertTrue(entry.summary(), entry.summary().contains("Оксана Мельник"));
        assertTrue(announced.stream().anyMatch(c -> c.kind() == Kind.DELETED && c.entity().equals(DataTopics.CUSTOMER)));
    }

    @Test
    public void recreatingADeletedCustomerIsAuditedToo() throws Exception {
        Customer gone = create("Оксана Мельник", "oksana@example.ua");
        service.delete(gone.getId(), gone.getVersion());
        long before = auditCount();
        Customer again = create("Оксана Мельник", "oksana@example.ua");
        assertEquals(before + 1, auditCount());
        assertEquals(CustomerService.CREATE, newest(again.getId()).action());
    }

    @Test
    public void theIdentityIsTheServicesNotAName() throws Exception {
        CustomerService asBea = Fixture.customers(store, "Bea", announced);
        Customer created = asBea.create(Fixture.customer("Kovács Anna", null, "+36 1 234 5678", "Budapest", Language.HUNGARIAN));
        assertEquals("Bea", newest(created.getId()).actor());
        assertEquals("Bea", announced.get(announced.size() - 1).actor());
    }

    @Test
    public void aRefusedPermissionWritesNothing() throws Exception {
        CustomerService guarded = CustomerService.create(ServiceContext.create(store, Fixture.CLOCK, () -> "guest",
                (user, operation) -> {
                    if (operation.equals(CustomerService.DELETE)) {
                        throw new NotPermittedException(user, operation);
                    }
                }, announced::add));
        Customer created = guarded.create(Fixture.customer("Kovács Anna", null, "+36 1 234 5678", "Budapest", Language.HUNGARIAN));
        long before = auditCount();
        announced.clear();
        try {
            guarded.delete(created.getId(), created.getVersion());
            fail("deleted without permission");
        } catch (NotPermittedException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("guest"));
        }
        assertTrue(store.call(s -> s.customers().find(created.getId())).isPresent());
        assertEquals(before, auditCount());
        assertTrue(announced.isEmpty());
    }
}
