package dev.candor.profiles.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import dev.candor.model.Customer;
import dev.candor.model.Language;
import dev.candor.profiles.CustomerService;
import dev.candor.store.CandorStore;
import dev.candor.store.StoreConfiguration;
import dev.candor.store.StoreException;

/**
 * Interactions saved while their customers are deleted or merged by someone else: a save either
 * lands on a customer that exists at its commit, or is refused; no interaction is ever left
 * pointing to a missing customer (the database has no foreign key there since schema 7, so the
 * save locks the customer's row, and merge and delete lock theirs).
 */
public class NoOrphansTest {

    private static final int CUSTOMERS = 24;
    private static final int SAVERS = 2;
    private static final int SAVES_EACH = 150;

    private Path dir;
    private CandorStore store;

    @Before
    public void open() throws Exception {
        dir = Files.createTempDirectory("candor-orphans");
        store = Fixture.provider().open(StoreConfiguration.embedded(dir.resolve("db")), Fixture.CLOCK);
    }

    @After
    public void close() throws Exception {
        if (store != null) {
            store.close();
        }
        Fixture.deleteTree(dir);
    }

    @Test
    public void savesRacingDeletesAndMergesLeaveNoOrphan() throws Exception {
        CustomerService service = Fixture.customers(store, "Olena", Collections.synchronizedList(new ArrayList<>()));
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            customers.add(service.create(Fixture.customer("Klient " + i, "k" + i + "@example.pl", null, "Kraków",
                    Language.POLISH)));
        }
        List<Long> ids = customers.stream().map(Customer::getId).toList();
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger saved = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Throwable> unexpected = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < SAVERS; t++) {
            Random random = new Random(t);
            threads.add(new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < SAVES_EACH; i++) {
                        long customer = ids.get(random.nextInt(ids.size()));
                        try {
                            store.call(s -> s.interactions().save(Fixture.interaction(customer, "Rozmowa", "Dzień dobry.",
                                    Fixture.CLOCK.millis())));
                            saved.incrementAndGet();
                        } catch (StoreException e) {
                            refused.incrementAndGet(); // the customer was gone, or the change collided: told, not lost
                        }
                    }
                } catch (Throwable e) {
                    unexpected.add(e);
                }
            }));
        }
        threads.add(new Thread(() -> {
            try {
                start.await();
                // every other pair merged, the rest deleted, while the saves run
                for (int i = 0; i + 1 < customers.size(); i += 2) {
                    Customer a = customers.get(i);
                    Customer b = customers.get(i + 1);
                    try {
                        if (i % 4 == 0) {
                            Customer survivor = store.call(s -> s.customers().find(a.getId())).orElseThrow();
                            Customer duplicate = store.call(s -> s.customers().find(b.getId())).orElseThrow();
                            service.merge(survivor.getId(), survivor.getVersion(), duplicate.getId(),
                                    duplicate.getVersion(), new NullProgressMonitor());
                        } else {
                            for (Customer c : List.of(a, b)) {
                                Customer current = store.call(s -> s.customers().find(c.getId())).orElseThrow();
                                service.delete(current.getId(), current.getVersion());
                            }
                        }
                    } catch (StoreException e) {
                        refused.incrementAndGet(); // a collision: the next pair goes on
                    }
                }
            } catch (Throwable e) {
                unexpected.add(e);
            }
        }));
        threads.forEach(Thread::start);
        start.countDown();
        for (Thread thread : threads) {
            thread.join(300_000);
        }
        assertTrue("unexpected failures: " + unexpected, unexpected.isEmpty());
        long orphans = store.call(s -> s.sql().queryLong("SELECT COUNT(*) FROM INTERACTION I"
                + " WHERE NOT EXISTS (SELECT 1 FROM CUSTOMER C WHERE C.ID = I.CUSTOMER_ID)"));
        assertEquals("interactions pointing to a missing customer", 0, orphans);
        long stored = store.call(s -> s.sql().queryLong("SELECT COUNT(*) FROM INTERACTION"));
        assertTrue("some saves landed (" + saved + ", " + refused + " refused)", saved.get() > 0);
        assertTrue("what was saved and still has its customer is there", stored <= saved.get());
        System.out.println("NoOrphansTest: " + saved + " saved, " + refused + " refused, " + stored + " kept");
    }
}
