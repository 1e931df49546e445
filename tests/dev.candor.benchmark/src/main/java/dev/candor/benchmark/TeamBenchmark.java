package dev.candor.benchmark;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;

import dev.candor.commitments.CommitmentService;
import dev.candor.history.InteractionService;
import dev.candor.model.CandorFactory;
import dev.candor.model.Channel;
import dev.candor.model.ChecklistTemplate;
import dev.candor.model.CommitmentStatus;
import dev.candor.model.Customer;
import dev.candor.model.Direction;
import dev.candor.model.EthicsReview;
import dev.candor.model.Interaction;
import dev.candor.model.ItemVerdict;
import dev.candor.model.Priority;
import dev.candor.model.ReviewKind;
import dev.candor.model.Verdict;
import dev.candor.profiles.CustomerService;
import dev.candor.services.DataTopics;
import dev.candor.services.ServiceContext;
import dev.candor.store.CandorStore;
import dev.candor.store.ChangeWatch;
import dev.candor.store.CommitmentSummary;
import dev.candor.store.ConflictException;
import dev.candor.store.DatabaseCopyReport;
import dev.candor.store.DerbyNetworkServer;
import dev.candor.store.LoggedChange;
import dev.candor.store.SearchDocument;
import dev.candor.store.StoreConfiguration;
import dev.candor.store.StoreException;
import dev.candor.store.internal.JdbcStoreProvider;
import dev.candor.testing.postgresql.PostgreSqlServer;

/**
 * A team on one server (issue 15): moving the benchmark's Derby database of N customers and M
 * interactions into PostgreSQL with the administrator's copy (timed, verified); how soon one
 * client sees another's commit (PostgreSQL notifications, Derby polling); and a load of C
 * simulated clients, threads with their own store and connections, for S seconds each on
 * PostgreSQL and on a Derby Network Server with the same data: a mix of what account managers do
 * (with about a second of thought between actions), per-operation percentiles, throughput,
 * conflicts, and a final check that no acknowledged write was lost.
 *
 * <pre>java dev.candor.benchmark.TeamBenchmark work customers interactions clients seconds</pre>
 */
public final class TeamBenchmark {

    private static final String[] OPERATIONS = { "open profile", "customers list", "log interaction",
            "change commitment", "search feed", "save review", "edit profile (conflicts)" };
    /** How often each operation comes, out of 100. */
    private static final int[] WEIGHTS = { 30, 15, 15, 10, 10, 5, 15 };
    /** The profiles every client edits, so that edits collide. */
    private static final int HOT = 20;

    private TeamBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int customers = Integer.parseInt(args[1]);
        int interactions = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        Files.createDirectories(work);
        Path derby = work.resolve("db-" + customers + "-" + interactions);
        if (!Files.isRegularFile(derby.resolve("service.properties"))) {
            Benchmark.generate(derby, customers, interactions);
        }
        Path loadCopy = work.resolve("db-team-load");
        Benchmark.deleteTree(loadCopy);
        copyTree(derby, loadCopy); // the load must not change the dataset the other benchmarks measure

        PostgreSqlServer server = PostgreSqlServer.get();
        String database = server.newDatabase("team");
        StoreConfiguration postgresql = StoreConfiguration
                .parse("postgresql://team@127.0.0.1:" + server.port() + "/" + database);
        JdbcStoreProvider provider = new JdbcStoreProvider();

        System.out.printf("%nmove: %s (%d customers, %d interactions) into PostgreSQL%n", derby.getFileName(),
                customers, interactions);
        DatabaseCopyReport report = provider.copy(StoreConfiguration.embedded(derby), postgresql, Benchmark.CLOCK,
                new NullProgressMonitor());
        for (DatabaseCopyReport.Table t : report.tables()) {
            System.out.printf("  %-22s %,12d rows  %s%n", t.name(), t.targetRows(), t.verified() ? "same" : "DIFFERENT");
        }
        System.out.printf("move: %,d rows copied and verified in %.1f s (%,.0f rows/s); verified: %s%n", report.rows(),
                report.millis() / 1000.0, report.rows() * 1000.0 / Math.max(1, report.millis()), report.verified());

        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        try (DerbyNetworkServer derbyServer = DerbyNetworkServer.start(InetAddress.getLoopbackAddress(), port,
                work.toAbsolutePath())) {
            StoreConfiguration network = StoreConfiguration.parse("//127.0.0.1:" + port + "/" + loadCopy.toAbsolutePath());
            System.out.println();
            latency(provider, postgresql, "PostgreSQL");
            latency(provider, network, "Derby Network Server");
            System.out.println();
            Result pg = load(provider, postgresql, "PostgreSQL", clients, seconds, customers);
            Result dn = load(provider, network, "Derby Network Server", clients, seconds, customers);
            System.out.printf("%nload, p95 Derby Network Server / PostgreSQL:%n");
            for (String op : OPERATIONS) {
                System.out.printf("  %-26s %6.2f%n", op, dn.p95(op) / Math.max(0.001, pg.p95(op)));
            }
            System.out.printf("  %-26s %6.2f (ops/s PostgreSQL / Derby)%n", "throughput",
                    pg.throughput() / Math.max(0.001, dn.throughput()));
        } finally {
            server.dropDatabase(database);
            Benchmark.deleteTree(loadCopy);
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().endsWith(".lck")) {
                    Files.copy(file, target);
                }
            }
        }
    }

    /** How long after one client's commit another client reads it from the change log. */
    private static void latency(JdbcStoreProvider provider, StoreConfiguration where, String name) throws Exception {
        int samples = 40;
        List<Long> millis = new ArrayList<>();
        try (CandorStore writer = provider.open(where, Benchmark.CLOCK);
                CandorStore reader = provider.open(where, Benchmark.CLOCK);
                ChangeWatch watch = reader.watchChanges()) {
            watch.await(10);
            long position = reader.call(s -> s.changeLog().last());
            SplittableRandom random = new SplittableRandom(7);
            for (int i = 0; i < samples; i++) {
                Thread.sleep(100 + random.nextInt(200)); // commits come at random moments of the polling interval
                LoggedChange written = writer.call(s -> s.changeLog().append("writer", "bench", Benchmark.CLOCK.instant(),
                        DataTopics.CUSTOMER, "UPDATED", new long[] { 1 }, new long[] { 1 }));
                long committed = System.nanoTime();
                boolean seen = false;
                while (!seen) {
                    if (watch.await(2_000)) {
                        long from = position;
                        List<LoggedChange> rows = reader.call(s -> s.changeLog().since(from, 100));
                        for (LoggedChange row : rows) {
                            position = Math.max(position, row.number());
                            seen |= row.number() == written.number();
                        }
                    }
                }
                millis.add((System.nanoTime() - committed) / 1_000_000);
            }
        }
        Collections.sort(millis);
        System.out.printf("live update, %s: a commit seen by another client after p50 %d ms, p95 %d ms, max %d ms"
                + " (%d commits; budget 1,000 ms)%n", name, millis.get(samples / 2), millis.get(samples * 95 / 100),
                millis.get(samples - 1), samples);
    }

    private record Ack(long customer, int version, String notes) {
    }

    private static final class Result {
        final Map<String, List<Long>> latencies = new LinkedHashMap<>();
        final AtomicLong conflicts = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final List<String> errorSamples = new CopyOnWriteArrayList<>();
        long operations;
        double seconds;

        Result() {
            for (String op : OPERATIONS) {
                latencies.put(op, Collections.synchronizedList(new ArrayList<>()));
            }
        }

        double p95(String op) {
            return percentile(latencies.get(op), 0.95);
        }

        double throughput() {
            return operations / seconds;
        }
    }

    private static double percentile(List<Long> nanos, double p) {
        if (nanos.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    private static Result load(JdbcStoreProvider provider, StoreConfiguration where, String name, int clients,
            int seconds, int customers) throws Exception {
        Result result = new Result();
        ChecklistTemplate template;
        List<CommitmentSummary> open;
        Map<Long, Integer> initialVersions = new LinkedHashMap<>();
        try (CandorStore setup = provider.open(where, Benchmark.CLOCK)) {
            template = setup.call(s -> s.reviews().publishTemplate("load-" + System.nanoTime(), template(), "bench"));
            open = setup.call(s -> s.commitments().firstOpen(20_000));
            if (open.size() < 1_000) {
                // a dataset without promises: the team's open ones, made here
                SplittableRandom seed = new SplittableRandom(11);
                setup.call(s -> {
                    for (int i = 0; i < 5_000; i++) {
                        dev.candor.model.Commitment promise = CandorFactory.eINSTANCE.createCommitment();
                        promise.setCustomerId(1 + seed.nextInt(customers));
                        promise.setDescription("Oddzwonię z wyceną do piątku");
                        promise.setOwner("client-" + seed.nextInt(clients));
                        promise.setPriority(Priority.MEDIUM);
                        promise.setStatus(CommitmentStatus.OPEN);
                        promise.setDueAt(new Date(Benchmark.CLOCK.millis() + 86_400_000L * (1 + seed.nextInt(10))));
                        s.commitments().save(promise);
                    }
                    return null;
                });
                open = setup.call(s -> s.commitments().firstOpen(20_000));
            }
            for (long id = 1; id <= HOT; id++) {
                long customer = id;
                initialVersions.put(customer, setup.call(s -> s.customers().find(customer)).orElseThrow().getVersion());
            }
        }
        List<CommitmentSummary> promises = List.copyOf(open);
        List<Ack> acks = new CopyOnWriteArrayList<>();
        AtomicLong logged = new AtomicLong();
        Map<Long, Boolean> closing = new ConcurrentHashMap<>();
        String marker = "load " + System.nanoTime() + " ";
        List<Thread> threads = new ArrayList<>();
        List<CandorStore> stores = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            stores.add(provider.open(where, Benchmark.CLOCK));
        }
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        for (int c = 0; c < clients; c++) {
            int client = c;
            CandorStore store = stores.get(c);
            Thread thread = new Thread(() -> {
                ServiceContext context = ServiceContext.create(store, Benchmark.CLOCK, () -> "client-" + client,
                        ServiceContext.permitAll(), change -> {
                        });
                CustomerService profiles = CustomerService.create(context);
                InteractionService history = InteractionService.create(context);
                CommitmentService commitments = CommitmentService.create(context);
                SplittableRandom random = new SplittableRandom(client * 7919L);
                int n = 0;
                while (System.nanoTime() < end) {
                    try {
                        // about a second of reading and typing between actions, exponentially spread
                        Thread.sleep((long) (-Math.log(1 - random.nextDouble()) * 1_000));
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (System.nanoTime() >= end) {
                        return;
                    }
                    int roll = random.nextInt(100);
                    int op = 0;
                    for (int acc = WEIGHTS[0]; roll >= acc; acc += WEIGHTS[++op]) {
                        // finds the operation the roll falls in
                    }
                    long t0 = System.nanoTime();
                    long[] thought = { 0 };
                    try {
                        run(op, random, customers, client, ++n, marker, profiles, history, commitments, context,
                                template, promises, closing, acks, logged, thought);
                    } catch (ConflictException e) {
                        result.conflicts.incrementAndGet();
                    } catch (StoreException | RuntimeException e) {
                        result.errors.incrementAndGet();
                        if (result.errorSamples.size() < 5) {
                            result.errorSamples.add(OPERATIONS[op] + ": " + e);
                        }
                    }
                    // what the user waited for: the typing inside an edit is not the database's time
                    result.latencies.get(OPERATIONS[op]).add(System.nanoTime() - t0 - thought[0]);
                }
            }, "client-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        result.seconds = (System.nanoTime() - start) / 1e9;
        for (CandorStore store : stores) {
            store.close();
        }
        result.operations = result.latencies.values().stream().mapToLong(List::size).sum();

        // every acknowledged write is in the database, every collision was reported to its writer
        List<String> lost = new ArrayList<>();
        long storedLogs;
        try (CandorStore check = provider.open(where, Benchmark.CLOCK)) {
            for (Map.Entry<Long, Integer> hot : initialVersions.entrySet()) {
                Customer now = check.call(s -> s.customers().find(hot.getKey())).orElseThrow();
                List<Ack> mine = acks.stream().filter(a -> a.customer() == hot.getKey()).toList();
                if (now.getVersion() - hot.getValue() != mine.size()) {
                    lost.add("customer " + hot.getKey() + ": " + mine.size() + " acknowledged edits, version "
                            + hot.getValue() + " -> " + now.getVersion());
                }
                Ack last = mine.stream().max((a, b) -> Integer.compare(a.version(), b.version())).orElse(null);
                if (last != null && !last.notes().equals(now.getNotes())) {
                    lost.add("customer " + hot.getKey() + ": the last acknowledged notes are not stored");
                }
            }
            storedLogs = check.call(s -> s.sql().queryLong(
                    "SELECT COUNT(*) FROM INTERACTION WHERE SUBJECT LIKE ?", marker + "%"));
        }
        if (storedLogs != logged.get()) {
            lost.add(logged.get() + " interactions acknowledged, " + storedLogs + " stored");
        }

        System.out.printf("load, %s: %d clients for %.0f s, %,d operations (%.1f/s), %d conflicts reported,"
                + " %d errors%n", name, clients, result.seconds, result.operations, result.throughput(),
                result.conflicts.get(), result.errors.get());
        System.out.printf("  %-26s %8s %8s %8s %8s%n", "operation", "count", "p50 ms", "p95 ms", "p99 ms");
        for (String op : OPERATIONS) {
            List<Long> l = result.latencies.get(op);
            System.out.printf("  %-26s %8d %8.1f %8.1f %8.1f%s%n", op, l.size(), percentile(l, 0.5),
                    percentile(l, 0.95), percentile(l, 0.99), percentile(l, 0.95) < 200 ? "" : "  (over 200 ms)");
        }
        System.out.printf("  acknowledged edits of the %d shared profiles: %d; interactions logged: %d; lost updates: %s%n",
                HOT, acks.size(), logged.get(), lost.isEmpty() ? "none" : lost);
        result.errorSamples.forEach(e -> System.out.println("  error: " + e));
        return result;
    }

    private static void run(int op, SplittableRandom random, int customers, int client, int n, String marker,
            CustomerService profiles, InteractionService history, CommitmentService commitments,
            ServiceContext context, ChecklistTemplate template, List<CommitmentSummary> open,
            Map<Long, Boolean> closing, List<Ack> acks, AtomicLong logged, long[] thought) throws StoreException {
        long customer = 1 + random.nextInt(customers);
        switch (op) {
        case 0 -> { // open a profile: the record, its header's figures, the first page of its history
            profiles.find(customer);
            profiles.facts(customer);
            history.listForCustomer(customer, 0, 50);
        }
        case 1 -> { // what the Customers view reads: the first page by name, the rows others changed
            profiles.firstByName(50);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                ids.add(1L + random.nextInt(customers));
            }
            profiles.summaries(ids);
        }
        case 2 -> { // log a call, then the response-time policy and promise detection on it
            Interaction interaction = CandorFactory.eINSTANCE.createInteraction();
            interaction.setCustomerId(customer);
            interaction.setChannel(Channel.PHONE);
            interaction.setDirection(Direction.INBOUND);
            interaction.setStartedAt(new Date(Benchmark.CLOCK.millis()));
            interaction.setSubject(marker + client + "/" + n);
            interaction.setNotes("Klient pyta o termin dostawy. Oddzwonię jutro do 12:00 z odpowiedzią.");
            interaction.setAccountManager("client-" + client);
            interaction.getParticipants().add("client-" + client);
            Interaction saved = history.log(interaction);
            logged.incrementAndGet();
            commitments.interactionLogged(saved.getId(), Priority.MEDIUM);
        }
        case 3 -> { // keep a promise (someone else may have kept it a moment ago)
            CommitmentSummary picked = open.get(random.nextInt(open.size()));
            if (closing.putIfAbsent(picked.id(), Boolean.TRUE) != null) {
                commitments.summaries(picked.customerId(), true); // already taken: just look at it
                return;
            }
            commitments.changeStatus(List.of(picked), CommitmentStatus.KEPT, "done in the load test", null);
        }
        case 4 -> { // what each client's search index asks for: the records changed since it last looked
            context.read("search.read", s -> s.searchFeed().changedSince(SearchDocument.Kind.INTERACTION,
                    Math.max(0, s.searchFeed().lastChange() - 200), 200, d -> {
                    }));
        }
        case 5 -> { // a reviewer's verdicts on an interaction
            long interaction = 1 + random.nextInt(100_000);
            context.write("review.save", change -> {
                EthicsReview review = CandorFactory.eINSTANCE.createEthicsReview();
                review.setInteractionId(interaction);
                review.setTemplateId(template.getId());
                review.setTemplateVersion(template.getTemplateVersion());
                review.setReviewer("client-" + client);
                review.setKind(ReviewKind.PEER);
                review.setReviewedAt(new Date(Benchmark.CLOCK.millis()));
                review.setScore(90);
                review.getVerdicts().add(verdict("courtesy", Verdict.PASS));
                review.getVerdicts().add(verdict("honesty", Verdict.PASS));
                change.session().reviews().save(review);
                change.changed(DataTopics.REVIEW, DataTopics.Kind.CREATED, new long[] { review.getId() });
                return review;
            });
        }
        default -> { // edit one of the profiles everybody edits: collisions are expected and must be reported
            long hot = 1 + random.nextInt(HOT);
            Customer c = profiles.find(hot).orElseThrow();
            long typing = 300 + random.nextInt(1_700); // the user types meanwhile; others may save first
            long before = System.nanoTime();
            try {
                Thread.sleep(typing);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            thought[0] = System.nanoTime() - before;
            String notes = "edited by client-" + client + " #" + n;
            c.setNotes(notes);
            Customer stored = profiles.update(c);
            acks.add(new Ack(hot, stored.getVersion(), notes));
        }
        }
    }

    private static ChecklistTemplate template() {
        ChecklistTemplate t = CandorFactory.eINSTANCE.createChecklistTemplate();
        t.setName("Load test");
        t.setActive(true);
        for (String code : List.of("courtesy", "honesty")) {
            dev.candor.model.ChecklistItem item = CandorFactory.eINSTANCE.createChecklistItem();
            item.setCode(code);
            item.setTitle(code);
            item.setWeight(1);
            t.getItems().add(item);
        }
        return t;
    }

    private static ItemVerdict verdict(String code, Verdict value) {
        ItemVerdict v = CandorFactory.eINSTANCE.createItemVerdict();
        v.setItemCode(code);
        v.setVerdict(value);
        return v;
    }
}
