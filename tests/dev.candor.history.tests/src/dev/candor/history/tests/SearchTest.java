package dev.candor.history.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.candor.history.GlobalSearch;
import dev.candor.history.SearchResults;
import dev.candor.model.CandorFactory;
import dev.candor.model.Channel;
import dev.candor.model.Customer;
import dev.candor.model.Direction;
import dev.candor.model.Interaction;
import dev.candor.store.CandorStore;
import dev.candor.store.CustomerSummary;
import dev.candor.store.StoreConfiguration;
import dev.candor.store.StoreProvider;

/** Global search over a real Derby database and a real index, in the five languages. */
public class SearchTest {

    private static final long DAY = 86_400_000L;

    private Path dir;
    private CandorStore store;
    private GlobalSearch search;
    private final long now = java.time.Instant.parse("2026-11-18T09:00:00Z").toEpochMilli();

    static StoreProvider provider() throws InterruptedException {
        ServiceTracker<StoreProvider, StoreProvider> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(SearchTest.class).getBundleContext(), StoreProvider.class, null);
        tracker.open();
        StoreProvider provider = tracker.waitForService(30_000);
        if (provider == null) {
            throw new AssertionError("no StoreProvider service");
        }
        return provider;
    }

    @Before
    public void open() throws Exception {
        dir = Files.createTempDirectory("candor-search");
        store = provider().open(StoreConfiguration.embedded(dir.resolve("db")));
        search = GlobalSearch.open(store, dir.resolve("index"));
    }

    @After
    public void close() throws Exception {
        search.close();
        store.close();
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private Customer customer(String name, String city) throws Exception {
        Customer c = CandorFactory.eINSTANCE.createCustomer();
        c.setName(name);
        c.setCity(city);
        c.setOwner("Olena");
        c.setPhone("+48 600 100 200");
        return store.call(s -> s.customers().save(c));
    }

    private Interaction interaction(Customer customer, String subject, String notes, int daysAgo) throws Exception {
        Interaction i = CandorFactory.eINSTANCE.createInteraction();
        i.setCustomerId(customer.getId());
        i.setSubject(subject);
        i.setNotes(notes);
        i.setChannel(Channel.EMAIL);
        i.setDirection(Direction.OUTBOUND);
        i.setStartedAt(new Date(now - daysAgo * DAY));
        return store.call(s -> s.interactions().save(i));
    }

    private SearchResults find(String query) throws Exception {
        return search.search(query, 50, new NullProgressMonitor());
    }

    private static List<String> subjects(SearchResults results) {
        return results.interactions().stream().map(hit -> hit.interaction().getSubject()).toList();
    }

    @Test
    public void findsWordsIgnoringCaseAndDiacriticsInEveryLanguage() throws Exception {
        Customer lodz = customer("Zakład Łódź Sp. z o.o.", "Łódź");
        Customer olena = customer("Олена Ковальчук", "Київ");
        Customer petr = customer("Пётр Ёлкин", "Москва");
        Customer otvos = customer("Ötvös Zsuzsanna", "Győr");
        Customer john = customer("John Smith", "Leeds");
        interaction(lodz, "Reklamacja dostawy", "Dzień dobry, przepraszamy za opóźnienie — to nasz błąd.", 3);
        interaction(olena, "Повернення коштів", "Добрий день! Ми повернемо кошти протягом трьох днів, обіцяю.", 2);
        interaction(petr, "Счёт за ноябрь", "Здравствуйте! Пришлю исправленный счёт завтра до обеда.", 1);
        interaction(otvos, "Szállítási határidő", "Jó napot! A szállítás késik, elnézést kérünk érte.", 4);
        interaction(john, "Renewal quote", "Good morning, I will send the renewal quote by Friday.", 5);

        assertEquals(List.of("Reklamacja dostawy"), subjects(find("BLAD")));
        assertEquals(List.of("Reklamacja dostawy"), subjects(find("opozn")));
        assertEquals(List.of("Повернення коштів"), subjects(find("повернемо КОШТИ")));
        assertEquals(List.of("Счёт за ноябрь"), subjects(find("счет")));
        assertEquals(List.of("Счёт за ноябрь"), subjects(find("ИСПРАВЛЕННЫЙ")));
        assertEquals(List.of("Szállítási határidő"), subjects(find("szallitas")));
        assertEquals(List.of("Szállítási határidő"), subjects(find("ELNÉZÉST")));
        assertEquals(List.of("Renewal quote"), subjects(find("renew friday")));
        // every word must match: one that occurs nowhere empties the result
        assertTrue(find("renewal кошти").isEmpty());

        assertEquals(List.of(lodz.getId()), ids(find("lodz").customers()));
        assertEquals(List.of(olena.getId()), ids(find("ковальчук").customers()));
        assertEquals(List.of(petr.getId()), ids(find("елкин").customers()));
        assertEquals(List.of(otvos.getId()), ids(find("otvos gyor").customers()));
        SearchResults byName = find("Ковальчук");
        assertEquals(1, byName.customerTotal());
    }

    @Test
    public void newestInteractionsComeFirstWithTheirCustomerAndASnippet() throws Exception {
        Customer anna = customer("Anna Nowak", "Poznań");
        for (int i = 0; i < 60; i++) {
            interaction(anna, "Oferta " + i, "Wstęp. ".repeat(40) + "Wyślemy ofertę do piątku.", i);
        }
        SearchResults results = find("piatku");
        assertEquals(60, results.interactionTotal());
        assertEquals(50, results.interactions().size());
        assertEquals("Oferta 0", results.interactions().get(0).interaction().getSubject());
        assertEquals("Oferta 49", results.interactions().get(49).interaction().getSubject());
        assertEquals("Anna Nowak", results.interactions().get(0).customerName());
        assertTrue(results.interactions().get(0).snippet(), results.interactions().get(0).snippet().contains("piątku"));
    }

    @Test
    public void theIndexFollowsChangesAndDeletions() throws Exception {
        Customer anna = customer("Anna Nowak", "Poznań");
        Interaction call = interaction(anna, "Telefon", "Klient pyta o rabat.", 1);
        assertEquals(1, find("rabat").interactionTotal());

        call.setNotes("Klient pyta o termin dostawy.");
        store.call(s -> s.interactions().save(call));
        assertTrue(find("rabat").isEmpty());
        assertEquals(1, find("termin").interactionTotal());

        store.call(s -> {
            s.interactions().delete(call.getId(), call.getVersion());
            return null;
        });
        assertTrue(find("termin").interactions().isEmpty());

        anna.setName("Anna Kowalczyk");
        store.call(s -> s.customers().save(anna));
        assertEquals(List.of(anna.getId()), ids(find("kowalczyk").customers()));
        assertTrue(find("nowak").customers().isEmpty());
    }

    @Test
    public void aReopenedIndexKeepsItsPlaceAndADamagedOneIsRebuilt() throws Exception {
        Customer anna = customer("Anna Nowak", "Poznań");
        interaction(anna, "Telefon", "Klient pyta o rabat.", 1);
        assertEquals(1, find("rabat").interactionTotal());
        search.close();
        search = GlobalSearch.open(store, dir.resolve("index"));
        // a reopened index reads the last change numbers once more (in case a slower client committed late)
        assertEquals(2, search.catchUp(new NullProgressMonitor()));
        assertEquals(0, search.catchUp(new NullProgressMonitor()));
        assertEquals(1, find("rabat").interactionTotal());
        search.close();

        try (var files = Files.list(dir.resolve("index"))) {
            for (Path file : files.toList()) {
                Files.write(file, new byte[] { 1, 2, 3 });
            }
        }
        search = GlobalSearch.open(store, dir.resolve("index"));
        assertEquals(1, find("rabat").interactionTotal());
    }

    private static List<Long> ids(List<CustomerSummary> customers) {
        return customers.stream().map(CustomerSummary::id).toList();
    }
}
