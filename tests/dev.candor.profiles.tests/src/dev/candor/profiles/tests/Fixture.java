package dev.candor.profiles.tests;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.candor.model.CandorFactory;
import dev.candor.model.Channel;
import dev.candor.model.Commitment;
import dev.candor.model.CommitmentStatus;
import dev.candor.model.Customer;
import dev.candor.model.CustomerKind;
import dev.candor.model.Direction;
import dev.candor.model.Interaction;
import dev.candor.model.Language;
import dev.candor.model.Priority;
import dev.candor.store.StoreProvider;

/** A real embedded Derby database per test, and records to put in it. */
final class Fixture {

    /** The clock of these tests: "now" and "days ago" are said relative to it. */
    static final java.time.Clock CLOCK = java.time.Clock.fixed(java.time.Instant.parse("2026-11-18T09:00:00Z"),
            java.time.ZoneId.of("Europe/Warsaw"));

    private Fixture() {
    }

    /**
     * The customer service on {@code store} acting for {@code user} on the fixed clock; the
     * changes it announces are added to {@code announced}.
     */
    static dev.candor.profiles.CustomerService customers(dev.candor.store.CandorStore store, String user,
            List<dev.candor.services.DataChange> announced) {
        return dev.candor.profiles.CustomerService.create(dev.candor.services.ServiceContext.create(store, CLOCK,
                () -> user, dev.candor.services.ServiceContext.permitAll(), announced::add));
    }

    static StoreProvider provider() throws InterruptedException {
        Bundle bundle = FrameworkUtil.getBundle(Fixture.class);
        ServiceTracker<StoreProvider, StoreProvider> tracker = new ServiceTracker<>(bundle.getBundleContext(),
                StoreProvider.class, null);
        tracker.open();
        StoreProvider provider = tracker.waitForService(30_000);
        if (provider == null) {
            throw new AssertionError("no StoreProvider service: is Declarative Services running?");
        }
        return provider;
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

    static Customer customer(String name, String email, String phone, String city, Language language) {
        Customer c = CandorFactory.eINSTANCE.createCustomer();
        c.setKind(CustomerKind.PERSON);
        c.setName(name);
        c.setEmail(email);
        c.setPhone(phone);
        c.setCity(city);
        c.setOwner("Olena Shevchenko");
        c.setPreferredLanguage(language);
        c.setPreferredChannel(email == null ? Channel.PHONE : Channel.EMAIL);
        return c;
    }

    static Interaction interaction(long customerId, String subject, String notes, long startMillis) {
        Interaction i = CandorFactory.eINSTANCE.createInteraction();
        i.setCustomerId(customerId);
        i.setSubject(subject);
        i.setNotes(notes);
        i.setChannel(Channel.PHONE);
        i.setDirection(Direction.INBOUND);
        i.setStartedAt(new Date(startMillis));
        i.setAccountManager("Olena Shevchenko");
        return i;
    }

    static Commitment commitment(long customerId, String description, long dueMillis) {
        Commitment c = CandorFactory.eINSTANCE.createCommitment();
        c.setCustomerId(customerId);
        c.setDescription(description);
        c.setOwner("Olena Shevchenko");
        c.setCreatedAt(new Date(dueMillis - 86_400_000L));
        c.setDueAt(new Date(dueMillis));
        c.setPriority(Priority.MEDIUM);
        c.setStatus(CommitmentStatus.OPEN);
        return c;
    }

    /**
     * A class path for a second JVM: the code of the named bundles (nested
     * library jars included) and of the OSGi framework's utility classes.
     */
    static String classPath(String... bundleNames) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String name : bundleNames) {
            Bundle bundle = Platform.getBundle(name);
            if (bundle == null) {
                throw new AssertionError("bundle not installed: " + name);
            }
            String bundleClassPath = bundle.getHeaders("").get(Constants.BUNDLE_CLASSPATH);
            for (String entry : bundleClassPath == null ? new String[] { "." } : bundleClassPath.split(",")) {
                String path = entry.trim();
                URL url = path.equals(".") ? bundle.getEntry("/") : bundle.getEntry(path);
                if (url == null) {
                    continue;
                }
                File file = new File(FileLocator.toFileURL(url).getPath());
                File classes = new File(file, "target/classes");
                entries.add((path.equals(".") && classes.isDirectory() ? classes : file).getAbsolutePath());
            }
        }
        // org.eclipse.osgi.util.NLS and friends come from the framework jar itself
        entries.add(new File(org.eclipse.osgi.util.NLS.class.getProtectionDomain().getCodeSource().getLocation()
                .getPath()).getAbsolutePath());
        return String.join(File.pathSeparator, entries);
    }
}
