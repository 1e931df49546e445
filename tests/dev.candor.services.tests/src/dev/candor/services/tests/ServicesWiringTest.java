package dev.candor.services.tests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import dev.candor.model.CandorFactory;
import dev.candor.model.Customer;
import dev.candor.profiles.CustomerService;
import dev.candor.services.DataChange;
import dev.candor.services.DataTopics;
import dev.candor.services.Identity;
import dev.candor.services.ServiceContext;
import dev.candor.store.CandorStore;
import dev.candor.store.StoreConfiguration;
import dev.candor.store.StoreProvider;

/**
 * The services as Candor wires them with Declarative Services: they appear when a database is
 * published and go when it is withdrawn; the user is the {@link Identity} service's; changes
 * arrive on OSGi Event Admin under {@link DataTopics}, where any bundle can subscribe.
 */
public class ServicesWiringTest {

    private static final java.time.Clock CLOCK = java.time.Clock.fixed(java.time.Instant.parse("2026-11-18T09:00:00Z"),
            java.time.ZoneId.of("Europe/Kyiv"));

    private final BundleContext context = FrameworkUtil.getBundle(ServicesWiringTest.class).getBundleContext();
    private Path dir;
    private CandorStore store;
    private ServiceRegistration<CandorStore> published;
    private ServiceRegistration<Identity> identity;
    private ServiceRegistration<EventHandler> handler;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

    private <S> S await(Class<S> type, long millis) throws InterruptedException {
        return TestServices.await(context, type, millis);
    }

    @Before
    public void open() throws Exception {
        StoreProvider provider = await(StoreProvider.class, 30_000);
        assertNotNull("no StoreProvider service", provider);
        dir = Files.createTempDirectory("candor-wiring");
        store = provider.open(StoreConfiguration.embedded(dir.resolve("db")), CLOCK);
        Dictionary<String, Object> ranked = new Hashtable<>();
        ranked.put(Constants.SERVICE_RANKING, 10);
        identity = context.registerService(Identity.class, () -> "oksana.melnyk", ranked);
        Dictionary<String, Object> topics = new Hashtable<>();
        topics.put(EventConstants.EVENT_TOPIC, DataTopics.ALL);
        handler = context.registerService(EventHandler.class, events::add, topics);
    }

    @After
    public void close() throws IOException {
        handler.unregister();
        identity.unregister();
        if (published != null) {
            published.unregister();
        }
        store.close();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    public void theServicesFollowThePublishedDatabaseAndAnnounceOnEventAdmin() throws Exception {
        assertNull("no database, no services", await(CustomerService.class, 200));
        published = context.registerService(CandorStore.class, store, null);
        CustomerService customers = await(CustomerService.class, 30_000);
        assertNotNull("the customer service appears with the database", customers);
        ServiceContext services = await(ServiceContext.class, 1_000);
        assertEquals("oksana.melnyk", services.user());

        Customer customer = TestServices.customer("Дніпро Логістик ТОВ", "office@dnipro.example.ua", "oksana.melnyk");
        Customer created = customers.create(customer);

        Event event = events.poll(10, TimeUnit.SECONDS);
        assertNotNull("no change event", event);
        assertEquals("dev/candor/data/customer/CREATED", event.getTopic());
        assertEquals(DataTopics.CUSTOMER, event.getProperty(DataTopics.ENTITY));
        assertEquals("CREATED", event.getProperty(DataTopics.KIND));
        assertArrayEquals(new long[] { created.getId() }, (long[]) event.getProperty(DataTopics.IDS));
        assertEquals("oksana.melnyk", event.getProperty(DataTopics.ACTOR));
        DataChange change = DataChange.of(event);
        assertTrue(change.concernsCustomer(created.getId()));
        assertEquals("oksana.melnyk", store.call(s -> s.audit().listForSubject(created.getId())).get(0).actor());

        services.reload();
        Event reload = events.poll(10, TimeUnit.SECONDS);
        assertNotNull(reload);
        assertEquals(DataTopics.RELOAD, reload.getTopic());
        assertTrue(DataChange.of(reload).isReload());

        published.unregister();
        published = null;
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (context.getServiceReference(CustomerService.class) != null && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertNull("the services go with the database", context.getServiceReference(CustomerService.class));
    }

    /**
     * Two Candors on one database: what the other commits arrives here as a remote change
     * (Derby: by polling the change log; how soon is measured by the benchmark), with who made
     * it and when; this Candor's own change is announced once, never read back as remote.
     */
    @Test
    public void anotherCandorsChangeArrivesHere() throws Exception {
        published = context.registerService(CandorStore.class, store, null);
        CustomerService customers = await(CustomerService.class, 30_000);
        assertNotNull(customers);
        Customer mine = TestServices.customer("Mine Kft.", "iroda@mine.example.hu", "oksana.melnyk");
        customers.create(mine);
        Event own = events.poll(10, TimeUnit.SECONDS);
        assertEquals(Boolean.FALSE, own.getProperty(DataTopics.REMOTE));

        try (CandorStore otherStore = await(dev.candor.store.StoreProvider.class, 1_000)
                .open(StoreConfiguration.embedded(dir.resolve("db")), CLOCK)) {
            ServiceContext other = new dev.candor.services.internal.DefaultServiceContext(otherStore, CLOCK,
                    () -> "bea.kovacs", (user, operation) -> { }, change -> { });
            Customer theirs = CandorFactory.eINSTANCE.createCustomer();
            theirs.setName("Theirs Zrt.");
            theirs.setPhone("+36 1 555 0102");
            theirs.setOwner("bea.kovacs");
            theirs.setPreferredChannel(dev.candor.model.Channel.PHONE);
            other.write("customer.create", change -> {
                change.session().customers().save(theirs);
                change.changed(DataTopics.CUSTOMER, DataTopics.Kind.CREATED, new long[] { theirs.getId() },
                        theirs.getId());
                return theirs;
            });
            Event remote = events.poll(30, TimeUnit.SECONDS);
            assertNotNull("the other Candor's change never arrived", remote);
            DataChange change = DataChange.of(remote);
            assertTrue(change.remote());
            assertEquals("bea.kovacs", change.actor());
            assertEquals(CLOCK.instant(), change.at());
            assertArrayEquals(new long[] { theirs.getId() }, change.ids());
            assertNull("nothing else arrived (this Candor's own change is not read back)",
                    events.poll(1, TimeUnit.SECONDS));
        }
    }
}
