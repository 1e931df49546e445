package dev.candor.profiles.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import dev.candor.model.Customer;
import dev.candor.model.Language;
import dev.candor.profiles.CustomerService;
import dev.candor.profiles.DuplicateGroup;
import dev.candor.profiles.DuplicateGroup.Reason;
import dev.candor.store.CandorStore;
import dev.candor.store.CustomerSummary;
import dev.candor.store.SearchKeys;
import dev.candor.store.StoreConfiguration;

/** Duplicate detection on create and on demand, on a real embedded database, in five languages. */
public class DuplicateDetectionTest {

    private Path dir;
    private CandorStore store;
    private CustomerService profiles;

    @Before
    public void open() throws Exception {
        dir = Files.createTempDirectory("candor-duplicates");
        store = Fixture.provider().open(StoreConfiguration.embedded(dir.resolve("db")), Fixture.CLOCK);
        profiles = Fixture.customers(store, "test", new java.util.ArrayList<>());
    }

    @After
    public void close() throws Exception {
        store.close();
        Fixture.deleteTree(dir);
    }

    private Customer save(Customer customer) throws Exception {
        return profiles.create(customer);
    }

    @Test
    public void keysIgnoreCaseFormattingAndWordOrder() {
        assertEquals(SearchKeys.email(" P.Nowak@Firma.PL "), SearchKeys.email("p.nowak@firma.pl"));
        assertEquals(SearchKeys.phone("+48 600 123 456"), SearchKeys.phone("600-123-456"));
        assertEquals(SearchKeys.phone("+36 30 123 4567"), SearchKeys.phone("06 (30) 123-4567"));
        assertEquals(SearchKeys.phone("+380 67 123 4567"), SearchKeys.phone("067 123 45 67"));
        assertEquals(null, SearchKeys.phone("12-34"));
        assertEquals(SearchKeys.personName("Kovács Anna"), SearchKeys.personName("anna KOVACS"));
        assertEquals(SearchKeys.personName("Ковальчук Олена"), SearchKeys.personName("олена  ковальчук"));
        assertEquals(SearchKeys.personName("Łukasz Żółw"), SearchKeys.personName("Zolw, Lukasz"));
        assertTrue(!SearchKeys.personName("Anna Kovács").equals(SearchKeys.personName("Anna Kovácsné")));
    }

    @Test
    public void similarCustomersAreFoundBeforeCreating() throws Exception {
        Customer anna = save(Fixture.customer("Kovács Anna", "anna@kovacs.hu", "+36 30 123 4567", "Budapest",
                Language.HUNGARIAN));
        Customer piotr = save(Fixture.customer("Piotr Nowak", "P.Nowak@Firma.pl", "+48 600 123 456", "Kraków",
                Language.POLISH));
        save(Fixture.customer("Олена Ковальчук", "olena@example.ua", "+380 67 765 4321", "Київ", Language.UKRAINIAN));

        List<CustomerSummary> byEmail = profiles.similarTo(Fixture.customer("Piotr N.", "p.nowak@firma.pl ", null,
                null, Language.POLISH));
        assertEquals(List.of(piotr.getId()), byEmail.stream().map(CustomerSummary::id).toList());

        List<CustomerSummary> byPhone = profiles.similarTo(Fixture.customer("Someone", null, "06 30 123 4567", null,
                Language.ENGLISH));
        assertEquals(List.of(anna.getId()), byPhone.stream().map(CustomerSummary::id).toList());

        List<CustomerSummary> byName = profiles.similarTo(Fixture.customer("ANNA KOVACS", null, null, null,
                Language.ENGLISH));
        assertEquals(List.of(anna.getId()), byName.stream().map(CustomerSummary::id).toList());

        assertTrue(profiles.similarTo(Fixture.customer("Олег Ковальчук", "oleg@example.ua", "+380 50 000 1111",
                "Київ", Language.UKRAINIAN)).isEmpty());
        // a stored customer is not its own duplicate
        assertTrue(profiles.similarTo(anna).isEmpty());
    }

    @Test
    public void scanGroupsCustomersSharingAKeyTransitively() throws Exception {
        Customer a = save(Fixture.customer("Anna Kovács", "anna@kovacs.hu", null, "Budapest", Language.HUNGARIAN));
        Customer b = save(Fixture.customer("Kovács Anna", "a.kovacs@work.hu", "+36 30 123 4567", "Budapest",
                Language.HUNGARIAN));
        Customer c = save(Fixture.customer("A. Kovács", null, "+36-30-1234-567", "Debrecen", Language.HUNGARIAN));
        // namesakes in another city are different people
        save(Fixture.customer("Anna Kovács", "anna.k@other.hu", null, "Szeged", Language.HUNGARIAN));
        Customer d = save(Fixture.customer("Ёлкин Пётр", "petr@elkin.ru", null, "Москва", Language.RUSSIAN));
        Customer e = save(Fixture.customer("Пётр Елкин", "PETR@ELKIN.RU", null, "Санкт-Петербург", Language.RUSSIAN));
        save(Fixture.customer("Jan Kowalski", "jan@kowalski.pl", null, "Warszawa", Language.POLISH));

        List<DuplicateGroup> groups = profiles.findDuplicates(new NullProgressMonitor());
        assertEquals(2, groups.size());
        DuplicateGroup kovacs = groups.stream().filter(g -> g.members().size() == 3).findFirst().orElseThrow();
        assertEquals(Set.of(a.getId(), b.getId(), c.getId()),
                Set.copyOf(kovacs.members().stream().map(CustomerSummary::id).toList()));
        assertEquals(Set.of(Reason.NAME_AND_CITY, Reason.PHONE), kovacs.reasons());
        DuplicateGroup elkin = groups.stream().filter(g -> g.members().size() == 2).findFirst().orElseThrow();
        assertEquals(Set.of(d.getId(), e.getId()), Set.copyOf(elkin.members().stream().map(CustomerSummary::id).toList()));
        assertEquals(Set.of(Reason.EMAIL), elkin.reasons());
    }
}
