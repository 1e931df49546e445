package dev.candor.exchange.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.candor.exchange.Csv;
import dev.candor.exchange.DataFormatException;
import dev.candor.exchange.ExchangeService;
import dev.candor.services.DataChange;
import dev.candor.services.ServiceContext;
import dev.candor.exchange.internal.Format;
import dev.candor.exchange.internal.Formats;
import dev.candor.model.CandorFactory;
import dev.candor.model.Channel;
import dev.candor.model.Customer;
import dev.candor.model.Language;
import dev.candor.store.CandorStore;
import dev.candor.store.StoreConfiguration;
import dev.candor.store.StoreException;
import dev.candor.store.StoreProvider;

/** Importers and exporters on a real embedded Derby database: built-in customers CSV and a failing contribution. */
public class ExchangeTest {

    private String user = "ada";
    private ExchangeService exchange;
    private final List<DataChange> changes = new CopyOnWriteArrayList<>();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-18T09:00:00Z"), ZoneId.of("Europe/Budapest"));

    private Path dir;
    private CandorStore store;
    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final ILogListener listener = (status, plugin) -> {
        if (status.getSeverity() == IStatus.ERROR) {
            logged.add(status.getMessage());
        }
    };

    @Before
    public void open() throws Exception {
        ServiceTracker<StoreProvider, StoreProvider> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(getClass()).getBundleContext(), StoreProvider.class, null);
        tracker.open();
        StoreProvider provider = tracker.waitForService(30_000);
        assertNotNull("no StoreProvider service", provider);
        dir = Files.createTempDirectory("exchange");
        store = provider.open(StoreConfiguration.embedded(dir.resolve("db")), CLOCK);
        exchange = ExchangeService.create(ServiceContext.create(store, CLOCK, () -> user, ServiceContext.permitAll(),
                changes::add));
        Platform.addLogListener(listener);
    }

    @After
    public void close() throws IOException {
        Platform.removeLogListener(listener);
        store.close();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Derby may still hold a lock file; the folder is temporary
        }
    }

    private static Format format(List<Format> formats, String id) {
        return formats.stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not among " + formats));
    }

    private static final String CUSTOMERS = "dev.candor.exchange.customers.csv";

    private long count() throws StoreException {
        return store.call(s -> s.customers().count());
    }

    @Test
    public void formatsAreReadFromTheExtensionPointAndIncompleteOnesLeftOut() {
        List<Format> importers = Formats.importers();
        assertEquals(List.of("Customers (CSV)", "Explodes Half-Way"), importers.stream().map(Format::name).toList());
        assertEquals(List.of("csv"), format(importers, CUSTOMERS).extensions());
        assertTrue(format(importers, CUSTOMERS).description().contains("tags"));
        assertEquals("dev.candor.exchange.tests", format(importers, "dev.candor.exchange.tests.explode").contributor());
        assertTrue(logged.toString(), logged.stream().anyMatch(m -> m.contains("dev.candor.exchange.tests") && m.contains("class")));
        assertEquals(2, Formats.exporters().size());
    }

    @Test
    public void customersGoOutAndComeBackWithEveryField() throws Exception {
        Customer tricky = CandorFactory.eINSTANCE.createCustomer();
        tricky.setName("Kovács, \"Kovi\" Bt.");
        tricky.setOwner("ada");
        tricky.setEmail("kovi@example.hu");
        tricky.setPhone("+36 1 234 5678");
        tricky.setCity("Győr");
        tricky.setCountry("HU");
        tricky.setPreferredLanguage(Language.HUNGARIAN);
        tricky.setPreferredChannel(Channel.PHONE);
        tricky.getTags().addAll(List.of("vip", "fleet"));
        tricky.setNotes("Line one\nline two, with a comma");
        Customer cyrillic = CandorFactory.eINSTANCE.createCustomer();
        cyrillic.setName("Олена Коваленко");
        cyrillic.setOwner("bea");
        cyrillic.setPreferredChannel(Channel.MEETING);
        store.call(s -> {
            s.customers().save(tricky);
            s.customers().save(cyrillic);
            return null;
        });
        Path file = dir.resolve("customers.csv");
        assertEquals(2, exchange.exportFile(CUSTOMERS, file, new NullProgressMonitor()));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text, text.startsWith("name,kind,organisation,email,phone,city,country,language,channel,owner,tags,notes,"
                + "since,consent_marketing,consent_data_processing,consent_recording,contacts\r\n"));
        assertTrue(text, text.contains("\"Kovács, \"\"Kovi\"\" Bt.\""));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals("no partial file left", 0, files.filter(p -> p.toString().endsWith(".part")).count());
        }

        store.call(s -> {
            for (var summary : s.customers().firstSummariesByName(10)) {
                s.customers().delete(summary.id(), s.customers().find(summary.id()).orElseThrow().getVersion());
            }
            return null;
        });
        assertEquals(0, count());
        user = "cyd";
        changes.clear();
        assertEquals(2, exchange.importFile(CUSTOMERS, file, new NullProgressMonitor()));
        List<dev.candor.store.AuditEntry> imports = store.call(s -> s.audit().listForSubject(0)).stream()
                .filter(e -> e.action().equals(ExchangeService.IMPORT)).toList();
        assertEquals("an import leaves one audit entry", 1, imports.size());
        assertEquals("cyd", imports.get(0).actor());
        assertTrue(imports.get(0).summary(), imports.get(0).summary().contains("customers.csv"));
        assertEquals("and is announced as a reload", List.of(DataChange.reload("cyd")), changes);
        List<Customer> back = store.call(s -> {
            List<Customer> all = new java.util.ArrayList<>();
            for (var summary : s.customers().firstSummariesByName(10)) {
                all.add(s.customers().find(summary.id()).orElseThrow());
            }
            return all;
        });
        Customer kovacs = back.stream().filter(c -> c.getName().startsWith("Kov")).findFirst().orElseThrow();
        assertEquals(tricky.getName(), kovacs.getName());
        assertEquals(tricky.getNotes(), kovacs.getNotes());
        assertEquals(List.of("vip", "fleet"), kovacs.getTags());
        assertEquals(Language.HUNGARIAN, kovacs.getPreferredLanguage());
        assertEquals(Channel.PHONE, kovacs.getPreferredChannel());
        assertEquals("+36 1 234 5678", kovacs.getPhone());
        assertEquals("ada", kovacs.getOwner());
        assertTrue(back.stream().anyMatch(c -> c.getName().equals("Олена Коваленко") && c.getOwner().equals("bea")));
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    public void everyWrongLineIsNamedAndNothingIsImported() throws Exception {
        Path file = write("wrong.csv", "name,email,language,city\r\n" + "Good Ltd,good@example.com,en,Leeds\r\n"
                + "Bad Mail Ltd,not-an-address,en,York\r\n" + "Unknown Language Ltd,x@example.com,de,Bath\r\n"
                + "Short Ltd,s@example.com\r\n" + ",nameless@example.com,pl,Łódź\r\n");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> exchange.importFile(CUSTOMERS, file, new NullProgressMonitor()));
        List<String> problems = e.getProblems();
        assertEquals(problems.toString(), 4, problems.size());
        assertEquals("Line 3: E-mail: \"not-an-address\" is not an e-mail address (name@example.com).", problems.get(0));
        assertTrue(problems.get(1), problems.get(1).startsWith("Line 4: language “de” is not known; use en, ru, uk, pl, hu"));
        assertTrue(problems.get(2), problems.get(2).startsWith("Line 5: 2 cells where the header has 4"));
        assertEquals("Line 6: Name is required.", problems.get(3));
        assertEquals("not even the good line", 0, count());

        DataFormatException header = assertThrows(DataFormatException.class, () -> exchange.importFile(CUSTOMERS, write("header.csv", "nom,email,email\nA,a@b.cd,x\n"), new NullProgressMonitor()));
        assertEquals(header.getProblems().toString(), 3, header.getProblems().size());
        assertTrue(header.getProblems().get(0).contains("“nom” is not known"));

        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "name\nCaf\u00e9 L\u00f3\n".getBytes(StandardCharsets.ISO_8859_1));
        DataFormatException encoding = assertThrows(DataFormatException.class, () -> exchange.importFile(CUSTOMERS, latin1, new NullProgressMonitor()));
        assertTrue(encoding.getMessage(), encoding.getMessage().contains("UTF-8"));
        DataFormatException quote = assertThrows(DataFormatException.class, () -> exchange.importFile(CUSTOMERS, write("quote.csv", "name\n\"Open Ltd\n"), new NullProgressMonitor()));
        assertTrue(quote.getMessage(), quote.getMessage().startsWith("Line 2: a quoted cell is never closed"));
        assertEquals(0, count());
    }

    /** Every row of CUSTOMER, also those of an import nobody sees yet. */
    private long rows() throws StoreException {
        return store.call(s -> s.sql().queryLong("SELECT COUNT(*) FROM CUSTOMER"));
    }

    private Path many(String name, int count, String last) throws IOException {
        StringBuilder text = new StringBuilder("name,email,tags\n");
        for (int i = 0; i < count; i++) {
            text.append("Customer ").append(i).append(",c").append(i).append("@example.com,imported\n");
        }
        return write(name, text.append(last).toString());
    }

    @Test
    public void aCancelledImportLeavesNothing() throws Exception {
        Path file = many("many.csv", 1200, "");
        NullProgressMonitor monitor = new NullProgressMonitor() {
            private int worked;

            @Override
            public void worked(int work) {
                worked += work;
                if (worked >= 50) { // past half the file: its first chunks are written
                    setCanceled(true);
                }
            }
        };
        assertThrows(OperationCanceledException.class,
                () -> exchange.importFile(CUSTOMERS, file, monitor));
        assertEquals("the chunks written before the cancel are removed", 0, rows());
        assertTrue(store.call(s -> s.customerImports().unfinished()).isEmpty());
        assertEquals(1200, exchange.importFile(CUSTOMERS, file, new NullProgressMonitor()));
        assertEquals(1200, count());
        assertTrue("settled", store.call(s -> s.customerImports().unfinished()).isEmpty());
        assertEquals(List.of("imported"), store.call(s -> s.customers().find(
                s.customers().firstSummariesByName(1).get(0).id())).orElseThrow().getTags());
    }

    @Test
    public void aWrongLineAfterManyWrittenChunksLeavesNothing() throws Exception {
        DataFormatException e = assertThrows(DataFormatException.class, () -> exchange.importFile(CUSTOMERS,
                many("late.csv", 1300, "Late Ltd,not-an-address,\n"), new NullProgressMonitor()));
        assertEquals(List.of("Line 1302: E-mail: \"not-an-address\" is not an e-mail address (name@example.com)."),
                e.getProblems());
        assertEquals(0, rows());
        assertTrue(store.call(s -> s.customerImports().unfinished()).isEmpty());
    }

    /**
     * A colleague lists, adds and changes customers while an import is half-way: nothing waits
     * for the import (it used to hold the locks of every record it had written until its end).
     */
    @Test
    public void aColleagueReadsAndSavesWhileAnImportIsUnderWay() throws Exception {
        Customer known = customer("Customer 5", "c5@example.com", null, null);
        store.call(s -> s.customers().save(known));
        Path file = many("colleague.csv", 2000, "");
        java.util.concurrent.ExecutorService colleague = java.util.concurrent.Executors.newSingleThreadExecutor();
        List<String> seen = new CopyOnWriteArrayList<>();
        NullProgressMonitor monitor = new NullProgressMonitor() {
            private int told;

            @Override
            public void subTask(String name) {
                // told every 500 records: at the second, chunks of the file are written
                if (!name.endsWith("records read") || ++told != 2) {
                    return;
                }
                // half-way through the file, with chunks written: the colleague's work must not wait
                try {
                    colleague.submit(() -> {
                        seen.add(store.call(s -> s.customers().firstSummariesByName(100)).size() + " listed");
                        seen.add(store.call(s -> s.customers().count()) + " counted");
                        Customer added = CandorFactory.eINSTANCE.createCustomer();
                        added.setName("Added Meanwhile");
                        added.setOwner("bob");
                        added.setPreferredChannel(Channel.MEETING);
                        store.call(s -> s.customers().save(added));
                        Customer changed = store.call(s -> s.customers().find(known.getId())).orElseThrow();
                        changed.setCity("Szeged");
                        store.call(s -> s.customers().save(changed));
                        return null;
                    }).get(20, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception e) {
                    seen.add("waited: " + e);
                }
            }
        };
        try {
            exchange.importFile(CUSTOMERS, file, dev.candor.exchange.ImportChoices.all(
                    dev.candor.exchange.ImportChoices.Resolution.CREATE), monitor);
        } finally {
            colleague.shutdownNow();
        }
        assertEquals("the import's customers were not shown half-way", List.of("1 listed", "1 counted"), seen);
        assertEquals(2002, count());
        assertEquals("Szeged", store.call(s -> s.customers().find(known.getId())).orElseThrow().getCity());
    }

    @Test
    public void importsLeftByAStoppedClientAreFinishedByTheNextImport() throws Exception {
        Instant now = CLOCK.instant();
        long abandoned = store.call(s -> s.customerImports().begin("bob", now.minus(java.time.Duration.ofMinutes(11))));
        long published = store.call(s -> s.customerImports().begin("bob", now.minus(java.time.Duration.ofMinutes(11))));
        long running = store.call(s -> s.customerImports().begin("cecil", now.minus(java.time.Duration.ofMinutes(2))));
        store.call(s -> {
            s.customerImports().stage(abandoned, List.of(customer("Never Finished")), now);
            s.customerImports().stage(published, List.of(customer("Published Before The Crash")), now);
            s.customerImports().stage(running, List.of(customer("Cecil Is Still Importing")), now);
            s.customerImports().publish(published);
            return null;
        });
        assertEquals(1, count());
        long searchedUpTo = store.call(s -> s.searchFeed().lastChange());

        exchange.importFile(CUSTOMERS, write("next.csv", "name\nNext Import Ltd\n"), new NullProgressMonitor());
        List<String> names = new java.util.ArrayList<>();
        store.call(s -> {
            s.customers().forEachSummary(c -> names.add(c.name()));
            return null;
        });
        assertEquals(List.of("Published Before The Crash", "Next Import Ltd"), names);
        assertEquals("a colleague's running import is left alone", List.of(running),
                store.call(s -> s.customerImports().unfinished()).stream().map(u -> u.id()).toList());
        assertEquals("the abandoned one is gone, the running one still there", 3, rows());
        List<String> searchable = new java.util.ArrayList<>();
        store.call(s -> s.searchFeed().changedSince(dev.candor.store.SearchDocument.Kind.CUSTOMER, searchedUpTo, 10,
                d -> searchable.add(d.title())));
        assertTrue(searchable.toString(), searchable.containsAll(List.of("Published Before The Crash", "Next Import Ltd")));
    }

    private static Customer customer(String name) {
        Customer c = CandorFactory.eINSTANCE.createCustomer();
        c.setName(name);
        c.setOwner("bob");
        c.setPreferredChannel(Channel.MEETING);
        return c;
    }

    @Test
    public void aFailingContributionIsIsolatedLoggedAndChangesNothing() throws Exception {
        Path input = write("any.txt", "whatever\n");
        StoreException failed = assertThrows(StoreException.class, () -> exchange.importFile("dev.candor.exchange.tests.explode", input, new NullProgressMonitor()));
        assertTrue(failed.getMessage(), failed.getMessage().startsWith("Explodes Half-Way (of dev.candor.exchange.tests) failed: bug in the importer"));
        assertEquals("its half-written customer is rolled back", 0, count());
        assertTrue(logged.toString(), logged.stream().anyMatch(m -> m.contains("bug in the importer")));

        Path earlier = write("earlier.txt", "the earlier export\n");
        assertThrows(StoreException.class, () -> exchange.exportFile("dev.candor.exchange.tests.explode", earlier, new NullProgressMonitor()));
        assertEquals("the earlier file is untouched", "the earlier export\n", Files.readString(earlier));
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse("no partial file left", files.anyMatch(p -> p.toString().endsWith(".part")));
        }
    }

    @Test
    public void csvRecordsKeepQuotesCommasAndLineBreaks() throws Exception {
        StringBuilder out = new StringBuilder();
        Csv.write(out, List.of("a", "b,c", "say \"hi\"", "two\nlines", ""));
        assertEquals("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n", out.toString());
        Csv.RecordReader reader = new Csv.RecordReader(new java.io.StringReader(out + "x,y\n"));
        assertEquals(List.of("a", "b,c", "say \"hi\"", "two\nlines", ""), reader.next());
        assertEquals(1, reader.line());
        assertEquals(List.of("x", "y"), reader.next());
        assertEquals(3, reader.line());
        assertEquals(null, reader.next());
    }

    private Customer customer(String name, String email, String phone, String city) {
        Customer c = CandorFactory.eINSTANCE.createCustomer();
        c.setName(name);
        c.setOwner("ada");
        c.setEmail(email);
        c.setPhone(phone);
        c.setCity(city);
        c.setPreferredChannel(email != null ? Channel.EMAIL : Channel.PHONE);
        return c;
    }

    /** Issue 20, item 5: consents, contacts and "customer since" go out and come back; importing an export changes nothing. */
    @Test
    public void anExportedFileImportedAgainChangesNothing() throws Exception {
        Customer full = customer("Nagy és Társa Kft.", "iroda@nagy.example.hu", "+36 1 555 0101", "Pécs");
        full.setConsentMarketing(true);
        full.setConsentRecording(true);
        full.setCreatedAt(java.util.Date.from(Instant.parse("2019-03-04T08:15:30.250Z")));
        full.getTags().addAll(List.of("vip", "fleet"));
        full.setNotes("Prefers calls after 10:00,\n\"urgent\" only by phone");
        dev.candor.model.Contact anna = CandorFactory.eINSTANCE.createContact();
        anna.setName("Nagy, Anna");
        anna.setRole("CFO");
        anna.setEmail("anna@nagy.example.hu");
        anna.setPrimary(true);
        dev.candor.model.Contact bela = CandorFactory.eINSTANCE.createContact();
        bela.setName("Béla \"Bob\" Kiss");
        bela.setPhone("+36 30 555 0102");
        full.getContacts().addAll(List.of(anna, bela));
        Customer plain = customer("Ольга Мельник", null, "+380 44 555 0103", null);
        store.call(s -> {
            s.customers().save(full);
            s.customers().save(plain);
            return null;
        });
        Path first = dir.resolve("first.csv");
        assertEquals(2, exchange.exportFile(CUSTOMERS, first, new NullProgressMonitor()));

        // the look-alike check finds each record identical to the customer it came from
        List<dev.candor.exchange.LookAlike> alike = exchange.lookAlikes(CUSTOMERS, first, new NullProgressMonitor());
        assertEquals(2, alike.size());
        assertTrue(alike.toString(), alike.stream().allMatch(dev.candor.exchange.LookAlike::identical));
        changes.clear();
        dev.candor.exchange.ImportResult result = exchange.importFile(CUSTOMERS, first,
                dev.candor.exchange.ImportChoices.all(dev.candor.exchange.ImportChoices.Resolution.CREATE),
                new NullProgressMonitor());
        assertEquals(new dev.candor.exchange.ImportResult(0, 0, 2, 0), result);
        assertEquals(2, count());
        Path second = dir.resolve("second.csv");
        exchange.exportFile(CUSTOMERS, second, new NullProgressMonitor());
        assertEquals("the data is exactly as before", Files.readString(first), Files.readString(second));

        // and into an empty database every field comes back
        store.call(s -> {
            for (var summary : s.customers().firstSummariesByName(10)) {
                s.customers().delete(summary.id(), s.customers().find(summary.id()).orElseThrow().getVersion());
            }
            return null;
        });
        assertEquals(new dev.candor.exchange.ImportResult(2, 0, 0, 0), exchange.importFile(CUSTOMERS, first,
                dev.candor.exchange.ImportChoices.all(dev.candor.exchange.ImportChoices.Resolution.SKIP),
                new NullProgressMonitor()));
        Customer back = store.call(s -> s.customers().find(s.customers().findSimilar(full, 1).get(0).id())).orElseThrow();
        assertEquals(full.getCreatedAt(), back.getCreatedAt());
        assertTrue(back.isConsentMarketing());
        assertFalse(back.isConsentDataProcessing());
        assertTrue(back.isConsentRecording());
        assertEquals(2, back.getContacts().size());
        assertEquals("Nagy, Anna", back.getContacts().get(0).getName());
        assertEquals("CFO", back.getContacts().get(0).getRole());
        assertTrue(back.getContacts().get(0).isPrimary());
        assertEquals("Béla \"Bob\" Kiss", back.getContacts().get(1).getName());
        assertEquals("+36 30 555 0102", back.getContacts().get(1).getPhone());
        assertEquals(full.getNotes(), back.getNotes());
        Path third = dir.resolve("third.csv");
        exchange.exportFile(CUSTOMERS, third, new NullProgressMonitor());
        assertEquals(Files.readString(first), Files.readString(third));
    }

    /** Issue 20, item 5: a re-import with look-alikes does per line what was chosen before it, and says so after. */
    @Test
    public void aCustomerTheFileUpdatesTwiceGetsItsLastLine() throws Exception {
        Customer tisza = customer("Tisza Gépgyártó Kft.", "info@tisza.example.hu", null, "Szeged");
        store.call(s -> s.customers().save(tisza));
        Path file = write("twice.csv", "name,email,city\n"
                + "Tisza Gépgyártó Kft.,info@tisza.example.hu,Budapest\n"
                + "Tisza Gépgyártó Zrt.,info@tisza.example.hu,Győr\n");
        dev.candor.exchange.ImportResult result = exchange.importFile(CUSTOMERS, file,
                dev.candor.exchange.ImportChoices.all(dev.candor.exchange.ImportChoices.Resolution.UPDATE),
                new NullProgressMonitor());
        assertEquals(new dev.candor.exchange.ImportResult(0, 2, 0, 0), result);
        Customer updated = store.call(s -> s.customers().find(tisza.getId())).orElseThrow();
        assertEquals("Győr", updated.getCity());
        assertEquals("Tisza Gépgyártó Zrt.", updated.getName());
        assertEquals(1, count());
        assertEquals("no staged copy is left", 1, rows());
    }

    @Test
    public void lookAlikesAreSkippedUpdatedOrCreatedAsChosenPerLine() throws Exception {
        Customer tisza = customer("Tisza Gépgyártó Kft.", "info@tisza.example.hu", null, "Szeged");
        Customer dnipro = customer("Дніпро Логістик ТОВ", "office@dnipro.example.ua", null, "Дніпро");
        Customer wisla = customer("Wisła Trans Sp. z o.o.", null, "+48 22 555 0104", "Warszawa");
        store.call(s -> {
            s.customers().save(tisza);
            s.customers().save(dnipro);
            s.customers().save(wisla);
            return null;
        });
        Path file = write("again.csv", "name,email,phone,city\n"
                + "Tisza Gépgyártó Kft.,info@tisza.example.hu,,Szeged\n" // line 2: identical
                + "Dnipro Logistyk,office@dnipro.example.ua,,Kyiv\n" // line 3: same e-mail, moved: update
                + "Wisła Trans Sp. z o.o.,,+48 22 555 0104,Kraków\n" // line 4: a second office: create anyway
                + "Balaton Fuvar Kft.,fuvar@balaton.example.hu,,Siófok\n" // line 5: new
                + "Tisza Gépgyártó Kft.,,,Budapest\n"); // line 6: looks like Tisza by name; no choice of its own: skipped
        List<dev.candor.exchange.LookAlike> alike = exchange.lookAlikes(CUSTOMERS, file, new NullProgressMonitor());
        assertEquals(alike.toString(), List.of(2, 3, 4, 6), alike.stream().map(dev.candor.exchange.LookAlike::line).toList());
        assertTrue(alike.get(0).identical());
        assertFalse(alike.get(1).identical());
        assertEquals(dnipro.getId(), alike.get(1).existing().get(0).id());
        assertEquals("office@dnipro.example.ua \u00b7 Kyiv", alike.get(1).details());
        assertEquals("looking changes nothing", 3, count());

        dev.candor.exchange.ImportChoices choices = new dev.candor.exchange.ImportChoices(
                dev.candor.exchange.ImportChoices.Resolution.SKIP,
                java.util.Map.of(3, new dev.candor.exchange.ImportChoices.Choice(
                        dev.candor.exchange.ImportChoices.Resolution.UPDATE, dnipro.getId()),
                        4, new dev.candor.exchange.ImportChoices.Choice(
                                dev.candor.exchange.ImportChoices.Resolution.CREATE, 0)));
        dev.candor.exchange.ImportResult result = exchange.importFile(CUSTOMERS, file, choices, new NullProgressMonitor());
        assertEquals(new dev.candor.exchange.ImportResult(2, 1, 1, 1), result);
        assertEquals(5, count());
        Customer moved = store.call(s -> s.customers().find(dnipro.getId())).orElseThrow();
        assertEquals("Kyiv", moved.getCity());
        assertEquals("Dnipro Logistyk", moved.getName());
        assertEquals("a column the file does not have stays", Channel.EMAIL, moved.getPreferredChannel());
        List<dev.candor.store.AuditEntry> imports = store.call(s -> s.audit().listForSubject(0)).stream()
                .filter(e -> e.action().equals(ExchangeService.IMPORT)).toList();
        assertTrue(imports.get(0).summary(), imports.get(0).summary()
                .endsWith("2 created, 1 updated, 1 already as in the file, 1 skipped."));
    }

    @Test
    public void wrongConsentsSinceAndContactsAreNamedByLine() throws Exception {
        Path file = write("wrong-extra.csv", "name,email,since,consent_marketing,contacts\n"
                + "Adria Kft.,adria@example.hu,last year,perhaps,\"Kovács Éva,CEO,not-an-email,,true\"\n");
        DataFormatException wrong = assertThrows(DataFormatException.class,
                () -> exchange.importFile(CUSTOMERS, file, new NullProgressMonitor()));
        String all = String.join("\n", wrong.getProblems());
        assertTrue(all, all.contains("since “last year” is not a time"));
        assertTrue(all, all.contains("consent_marketing “perhaps” is neither true nor false"));
        assertTrue(all, all.contains("Line 2"));
        assertEquals(0, count());
    }
}
