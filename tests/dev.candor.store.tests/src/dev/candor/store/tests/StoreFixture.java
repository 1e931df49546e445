package dev.candor.store.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Date;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.candor.model.CandorFactory;
import dev.candor.model.Channel;
import dev.candor.model.Customer;
import dev.candor.model.Direction;
import dev.candor.model.Interaction;
import dev.candor.model.Language;
import dev.candor.store.StoreProvider;

/** Shared set-up: the provider from the OSGi service registry, temporary folders, sample records. */
final class StoreFixture {

    /**
     * The stores' clock in these tests: a Wednesday morning in Warsaw. "Now", "an hour ago" and
     * "tomorrow" are said relative to it, never to the machine's clock.
     */
    static final java.time.Clock CLOCK = java.time.Clock.fixed(java.time.Instant.parse("2026-11-18T09:00:00Z"),
            java.time.ZoneId.of("Europe/Warsaw"));

    private StoreFixture() {
    }

    static StoreProvider provider() throws InterruptedException {
        Bundle bundle = FrameworkUtil.getBundle(StoreFixture.class);
        ServiceTracker<StoreProvider, StoreProvider> tracker = new ServiceTracker<>(bundle.getBundleContext(),
                StoreProvider.class, null);
        tracker.open();
        StoreProvider provider = tracker.waitForService(30_000);
        if (provider == null) {
            throw new AssertionError("no StoreProvider service: is Declarative Services running?");
        }
        return provider;
    }

    static Path tempDir(String prefix) throws IOException {
        return Files.createTempDirectory(prefix);
    }

    static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static Customer customer(String name, String email) {
        Customer c = CandorFactory.eINSTANCE.createCustomer();
        c.setName(name);
        c.setEmail(email);
        c.setOwner("anna.kowalska");
        c.setPreferredLanguage(Language.POLISH);
        c.setPreferredChannel(Channel.EMAIL);
        return c;
    }

    static Interaction interaction(long customerId, String subject, long startMillis) {
        Interaction i = CandorFactory.eINSTANCE.createInteraction();
        i.setCustomerId(customerId);
        i.setSubject(subject);
        i.setChannel(Channel.PHONE);
        i.setDirection(Direction.INBOUND);
        i.setStartedAt(new Date(startMillis));
        i.setNotes("Dzień dobry, dziękuję za telefon.");
        i.getParticipants().add("Anna Kowalska");
        i.getParticipants().add("Jan Nowak");
        return i;
    }
}
