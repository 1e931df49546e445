package dev.candor.services.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

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

import dev.candor.model.Customer;
import dev.candor.profiles.CustomerService;
import dev.candor.services.DataTopics;
import dev.candor.services.Identity;
import dev.candor.store.CandorStore;
import dev.candor.store.StoreConfiguration;
import dev.candor.store.StoreException;
import dev.candor.store.StoreProvider;
import dev.candor.testing.postgresql.PostgreSqlServer;

/**
 * The PostgreSQL server stops under a running client and starts again: the client says so
 * (an event the status bar shows), a save meanwhile fails with a sentence and changes nothing,
 * and once the server is back the client says that too, reloads, and saves again.
 */
public class ConnectionLossTest {

    private static final java.time.Clock CLOCK = java.time.Clock.fixed(java.time.Instant.parse("2026-11-18T09:00:00Z"),
            java.time.ZoneId.of("Europe/Budapest"));
    private final BundleContext context = FrameworkUtil.getBundle(ConnectionLossTest.class).getBundleContext();
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private PostgreSqlServer server;
    private String database;
    private CandorStore store;
    private ServiceRegistration<CandorStore> published;
    private ServiceRegistration<Identity> identity;
    private ServiceRegistration<EventHandler> handler;

    private <S> S await(Class<S> type) throws InterruptedException {
        return TestServices.await(context, type, 30_000);
    }

    @Before
    public void open() throws Exception {
        server = PostgreSqlServer.get();
        database = server.newDatabase("lea");
        store = await(StoreProvider.class).open(
                StoreConfiguration.parse("postgresql://lea@127.0.0.1:" + server.port() + "/" + database).creating(),
                CLOCK);
        Dictionary<String, Object> ranked = new Hashtable<>();
        ranked.put(Constants.SERVICE_RANKING, 20);
        identity = context.registerService(Identity.class, () -> "lea.szabo", ranked);
        Dictionary<String, Object> topics = new Hashtable<>();
        topics.put(EventConstants.EVENT_TOPIC, new String[] { "dev/candor/store/*", DataTopics.RELOAD });
        handler = context.registerService(EventHandler.class, events::add, topics);
        published = context.registerService(CandorStore.class, store, ranked);
    }

    @After
    public void close() throws Exception {
        handler.unregister();
        published.unregister();
        identity.unregister();
        store.close();
        server.dropDatabase(database);
    }

    private Event next(String topic, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            Event event = events.poll(1, TimeUnit.SECONDS);
            if (event != null && event.getTopic().equals(topic)) {
                return event;
            }
        }
        return null;
    }

    @Test
    public void aServerThatGoesAwayIsSaidAndTheClientResumesWhenItIsBack() throws Exception {
        CustomerService customers = await(CustomerService.class);
        assertNotNull(customers);
        Customer customer = TestServices.customer("Tisza Kereskedelmi Kft.", "iroda@tisza.example.hu", "lea.szabo");
        Customer created = customers.create(customer);

        server.stop();
        try {
            Event lost = next(DataTopics.CONNECTION_LOST, 60);
            assertNotNull("the loss was not announced", lost);
            String said = (String) lost.getProperty(DataTopics.MESSAGE);
            assertTrue(said, said.contains("was lost") && !said.contains("SQL state"));
            Customer edited = org.eclipse.emf.ecore.util.EcoreUtil.copy(created);
            edited.setCity("Debrecen");
            try {
                customers.update(edited);
                fail("a save reached a stopped server");
            } catch (StoreException e) {
                assertEquals(StoreException.Code.CONNECTION_LOST, e.getCode());
                assertFalse(e.getMessage(), e.getMessage().contains("SQL state"));
            }
        } finally {
            server.restart();
        }
        assertNotNull("the return was not announced", next(DataTopics.CONNECTION_RESTORED, 90));
        assertNotNull("views were not told to read again", next(DataTopics.RELOAD, 10));
        Customer again = customers.find(created.getId()).orElseThrow();
        again.setCity("Szeged");
        customers.update(again);
        assertEquals("Szeged", store.call(s -> s.customers().find(created.getId())).orElseThrow().getCity());
    }
}
