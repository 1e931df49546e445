package dev.candor.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.NullProgressMonitor;

import dev.candor.demo.DemoDataGenerator;
import dev.candor.exchange.Csv;
import dev.candor.exchange.ExchangeService;
import dev.candor.exchange.ImportChoices;
import dev.candor.exchange.ImportResult;
import dev.candor.exchange.LookAlike;
import dev.candor.exchange.internal.CustomersCsv;
import dev.candor.exchange.internal.Exchange;
import dev.candor.exchange.internal.Format;
import dev.candor.model.Customer;
import dev.candor.services.ServiceContext;
import dev.candor.store.CandorStore;
import dev.candor.store.StoreConfiguration;
import dev.candor.store.StoreException;
import dev.candor.store.StoreWork;
import dev.candor.store.internal.BulkLoader;
import dev.candor.store.internal.JdbcStoreProvider;

/**
 * Issue 20's import budget: a customer CSV of 1,000,000 rows (about 100 MB) into a database of
 * 100,000 customers through the same code File > Import Data runs (the look-alike pass, then the
 * import, streamed, in short transactions, published at once), while a colleague lists customers
 * and saves one every 100 ms; then Derby's own SYSCS_IMPORT_TABLE_BULK on the same file.
 * Prints the times, the heap's peak and the colleague's longest waits.
 * Arguments: workDir [rows (1000000)] [customers already there (100000)].
 */
public final class ImportBenchmark {

    private static final String[] FIRST = { "Anna", "Ivan", "Olena", "Zoltán", "Marta", "Ágnes", "Piotr", "Дмитрий",
            "Оксана", "Katalin", "Tomasz", "Наталья", "Bence", "Irena", "Сергій" };
    private static final String[] LAST = { "Kowalska", "Petrov", "Shevchenko", "Nagy", "Wiśniewska", "Kovács",
            "Nowak", "Смирнов", "Коваленко", "Szabó", "Zieliński", "Иванова", "Tóth", "Dąbrowska", "Бондар" };
    private static final String[] CITIES = { "Łódź", "Kraków", "Warszawa", "Budapest", "Győr", "Київ", "Львів",
            "Москва", "Санкт-Петербург", "Leeds" };

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int existing = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        System.out.printf("Candor import benchmark on %d cores, Java %s, heap limit %d MB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Path db = work.resolve("import-db");
        Benchmark.deleteTree(db);
        Files.createDirectories(work);
        List<String> emails = new ArrayList<>();
        long start = System.nanoTime();
        DemoDataGenerator generator = new DemoDataGenerator(7L, Benchmark.CLOCK.millis());
        try (BulkLoader loader = BulkLoader.open(StoreConfiguration.embedded(db), Benchmark.CLOCK)) {
            for (int i = 0; i < existing; i++) {
                Customer customer = generator.nextCustomer();
                loader.add(customer);
                if (i % 1000 == 0 && customer.getEmail() != null) {
                    emails.add(customer.getEmail());
                }
            }
        }
        System.out.printf("database: %,d customers in %.1f s%n", existing, (System.nanoTime() - start) / 1e9);
        Path file = work.resolve("customers-" + rows + ".csv");
        if (!Files.exists(file)) {
            writeFile(file, rows, emails);
        }
        System.out.printf("file: %,d rows, %,d MB (1 in 1,000 with the e-mail of a customer already there)%n", rows,
                Files.size(file) / (1024 * 1024));

        double[] candorSeconds = { 0 };
        try (CandorStore store = new JdbcStoreProvider().open(StoreConfiguration.embedded(db), Benchmark.CLOCK)) {
            ServiceContext context = ServiceContext.create(store, Benchmark.CLOCK, () -> "benchmark",
                    ServiceContext.permitAll(), change -> {
                    });
            Exchange.Transaction transaction = new Exchange.Transaction() {
                @Override
                public <T> T run(StoreWork<T> work) throws StoreException {
                    return context.write(ExchangeService.IMPORT, change -> {
                        T result = work.run(change.session());
                        if (result instanceof ImportResult r) { // as the service records it
                            change.audit(ExchangeService.IMPORT, 0, "benchmark import: " + r.created() + " created, "
                                    + r.updated() + " updated", file.toString());
                        }
                        return result;
                    });
                }

                @Override
                public <T> T apart(StoreWork<T> work) throws StoreException {
                    return context.write(ExchangeService.IMPORT, change -> work.run(change.session()));
                }
            };
            Format format = new Format("customers.csv", "Customers (CSV)", "", List.of("csv"), true, "benchmark",
                    (IConfigurationElement) Proxy.newProxyInstance(ImportBenchmark.class.getClassLoader(),
                            new Class<?>[] { IConfigurationElement.class }, (proxy, method, arguments) -> {
                                if (method.getName().equals("createExecutableExtension")) {
                                    return new CustomersCsv();
                                }
                                throw new UnsupportedOperationException(method.getName());
                            }));

            resetPeaks();
            long t0 = System.nanoTime();
            List<LookAlike> alike = Exchange.lookAlikes(transaction, format, file, "benchmark", Benchmark.CLOCK,
                    new NullProgressMonitor());
            double lookSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("look-alike pass: %.1f s, %,d records look like customers already there, heap peak %d MB%n",
                    lookSeconds, alike.size(), peakMb());

            List<Long> alone = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                long t = System.nanoTime();
                store.call(s -> s.customers().firstSummariesByName(200));
                alone.add((System.nanoTime() - t) / 1_000_000);
            }
            System.out.printf("a list of 200 with no import running: longest %d ms, median %d ms%n",
                    alone.stream().mapToLong(Long::longValue).max().orElse(0), Benchmark.median(alone));
            Colleague colleague = new Colleague(store);
            colleague.start();
            resetPeaks();
            long t1 = System.nanoTime();
            long[] published = { 0 };
            ImportResult result;
            try {
                result = Exchange.importFile(transaction, format, file, "benchmark", Benchmark.CLOCK,
                    ImportChoices.all(ImportChoices.Resolution.UPDATE), new NullProgressMonitor() {
                        @Override
                        public void subTask(String name) {
                            if (name != null && name.startsWith("Showing")) {
                                Colleague.phase = "publishing";
                            }
                            if (published[0] == 0 && name != null && name.startsWith("Making")) {
                                published[0] = System.nanoTime();
                                Colleague.phase = "settling (published)";
                            }
                        }
                    });
            } finally {
                colleague.stop();
            }
            long t2 = System.nanoTime();
            double importSeconds = ((published[0] == 0 ? t2 : published[0]) - t1) / 1e9;
            System.out.printf("import: heap in use at most %d MB (limit %d MB)%n", peakMb(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            System.out.printf("import: %,d created, %,d updated, %,d unchanged, %,d skipped; visible to all after %.1f s,"
                    + " searchable after %.1f s%n", result.created(), result.updated(),
                    result.unchanged(), result.skipped(), importSeconds, (t2 - t1) / 1e9);
            System.out.printf("look-alike pass + import: %.1f s (budget < 90 s)%n", lookSeconds + importSeconds);
            candorSeconds[0] = lookSeconds + importSeconds;
            colleague.print();
            long count = store.call(s -> s.customers().count());
            System.out.printf("customers now: %,d%n", count);
        }

        double candor = candorSeconds[0];
        // Derby's own import of the same file into a table of plain columns
        Properties credentials = new Properties();
        credentials.setProperty("user", "candor");
        credentials.setProperty("password", "candor");
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + db, credentials);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE CSV_PLAIN (NAME VARCHAR(500), KIND VARCHAR(16), ORGANISATION VARCHAR(500),"
                    + " EMAIL VARCHAR(254), PHONE VARCHAR(32), CITY VARCHAR(200), COUNTRY VARCHAR(100),"
                    + " LANGUAGE VARCHAR(8), CHANNEL VARCHAR(16), OWNER VARCHAR(500), TAGS VARCHAR(2000),"
                    + " NOTES VARCHAR(32000))");
            long t = System.nanoTime();
            s.execute("CALL SYSCS_UTIL.SYSCS_IMPORT_TABLE_BULK(NULL, 'CSV_PLAIN', '" + file.toAbsolutePath()
                    + "', ',', '\"', 'UTF-8', 0, 1)");
            double derby = (System.nanoTime() - t) / 1e9;
            try (var r = s.executeQuery("SELECT COUNT(*) FROM CSV_PLAIN")) {
                r.next();
                System.out.printf("SYSCS_IMPORT_TABLE_BULK: %,d rows in %.1f s (one table, no indexes, no checks,"
                        + " one transaction that locks the table)%n", r.getLong(1), derby);
            }
            System.out.printf("ratio Candor (look-alike pass + import) / SYSCS_IMPORT_TABLE_BULK: %.1f%n", candor / derby);
            s.execute("DROP TABLE CSV_PLAIN");
        }
    }

    private static void writeFile(Path file, int rows, List<String> emails) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Csv.write(out, List.of("name", "kind", "organisation", "email", "phone", "city", "country", "language",
                    "channel", "owner", "tags", "notes"));
            String[] languages = { "pl", "ru", "uk", "hu", "en" };
            for (int i = 0; i < rows; i++) {
                String name = FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length] + " "
                        + Integer.toString(i, 36).toUpperCase();
                String email = i % 1000 == 500 && !emails.isEmpty() ? emails.get((i / 1000) % emails.size())
                        : "client" + i + "@example-" + (i % 97) + ".com";
                Csv.write(out, Arrays.asList(name, "person", i % 3 == 0 ? "Zakład Usług " + (i % 5000) : "", email,
                        String.format("+48 22 %07d", i), CITIES[i % CITIES.length], "PL", languages[i % 5], "email",
                        "anna.kowalska", i % 4 == 0 ? "import;2026" : "", "Prefers calls before noon"));
            }
        }
    }

    /** A colleague working while the import runs: lists customers and saves one every 100 ms. */
    private static final class Colleague implements Runnable {
        /** What the import is doing, for the colleague's longest waits. */
        static volatile String phase = "reading and writing chunks";
        private final CandorStore store;
        private final List<String> slowest = new ArrayList<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Long> lists = new ArrayList<>();
        private final List<Long> saves = new ArrayList<>();
        private final List<String> failures = new ArrayList<>();
        private Thread thread;

        Colleague(CandorStore store) {
            this.store = store;
        }

        void start() {
            thread = new Thread(this, "colleague");
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }

        @Override
        public void run() {
            long id;
            try {
                // a customer of the colleague's own, which the import does not update
                Customer own = dev.candor.model.CandorFactory.eINSTANCE.createCustomer();
                own.setName("Colleague's Customer");
                own.setOwner("ivan.petrov");
                own.setPreferredChannel(dev.candor.model.Channel.MEETING);
                id = store.call(s -> s.customers().save(own)).getId();
            } catch (StoreException e) {
                failures.add(e.getMessage());
                return;
            }
            while (running.get()) {
                try {
                    String during = phase;
                    long t = System.nanoTime();
                    store.call(s -> s.customers().firstSummariesByName(200));
                    long listed = (System.nanoTime() - t) / 1_000_000;
                    lists.add(listed);
                    if (listed > 200) {
                        slowest.add("list " + listed + " ms while " + during);
                    }
                    t = System.nanoTime();
                    store.call(s -> {
                        Customer c = s.customers().find(id).orElseThrow();
                        c.setNotes("changed by a colleague at " + System.nanoTime());
                        return s.customers().save(c);
                    });
                    long saved = (System.nanoTime() - t) / 1_000_000;
                    saves.add(saved);
                    if (saved > 200) {
                        slowest.add("save " + saved + " ms while " + during);
                    }
                } catch (StoreException e) {
                    failures.add(e.getMessage());
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void print() {
            System.out.printf("colleague meanwhile: %d lists of 200, longest %d ms, 99th percentile %d ms;"
                    + " %d saves, longest %d ms, 99th percentile %d ms (budget: no wait over 200 ms); %d failed%s%n",
                    lists.size(), max(lists), p99(lists), saves.size(), max(saves), p99(saves), failures.size(),
                    failures.isEmpty() ? "" : ": " + failures.get(0));
            long gcMillis = 0;
            long gcs = 0;
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                gcMillis += gc.getCollectionTime();
                gcs += gc.getCollectionCount();
            }
            System.out.printf("waits over 200 ms: %s; %d garbage collections, %d ms in all since the start%n",
                    slowest.isEmpty() ? "none" : slowest, gcs, gcMillis);
        }

        private static long max(List<Long> values) {
            return values.stream().mapToLong(Long::longValue).max().orElse(0);
        }

        private static long p99(List<Long> values) {
            if (values.isEmpty()) {
                return 0;
            }
            long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)];
        }
    }

    /** The heap in use, sampled every 20 ms: garbage not yet collected included. */
    private static volatile long heapMax;

    static {
        Thread sampler = new Thread(() -> {
            while (true) {
                heapMax = Math.max(heapMax, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private static void resetPeaks() {
        System.gc();
        heapMax = 0;
    }

    private static long peakMb() {
        return heapMax / (1024 * 1024);
    }
}
