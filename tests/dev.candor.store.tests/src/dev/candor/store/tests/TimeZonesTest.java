package dev.candor.store.tests;

import dev.candor.testing.postgresql.PostgreSqlServer;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.TimeZone;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.FrameworkUtil;

import dev.candor.model.CandorFactory;
import dev.candor.model.Commitment;
import dev.candor.model.CommitmentChange;
import dev.candor.model.CommitmentKind;
import dev.candor.model.CommitmentStatus;
import dev.candor.model.Customer;
import dev.candor.model.EthicsReview;
import dev.candor.model.Interaction;
import dev.candor.model.Priority;
import dev.candor.store.AuditEntry;
import dev.candor.store.CandorStore;
import dev.candor.store.SharedDocument;
import dev.candor.store.StoreConfiguration;

/**
 * Instants mean the same instant wherever they are written and read: the JVM's default zone
 * (the zone of the machine) changes between writing and reading, in one JVM with the store
 * opened again, on an embedded database and through a Derby Network Server; and a database
 * written by release 0.1 (schema 10, zone-less times of Europe/Warsaw) keeps its instants
 * when it is upgraded.
 */
public class TimeZonesTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final List<ZoneId> READERS = List.of(ZoneId.of("Europe/London"), ZoneId.of("America/St_Johns"),
            ZoneId.of("Pacific/Kiritimati"));

    /** The two instants of 02:30 on 25 October 2026 in Warsaw (clocks go back at 03:00 CEST). */
    private static final Instant AUTUMN_FIRST = Instant.parse("2026-10-25T00:30:00Z");
    private static final Instant AUTUMN_SECOND = Instant.parse("2026-10-25T01:30:00Z");
    /** The last millisecond before clocks go forward in Warsaw, and the first after. */
    private static final Instant SPRING_BEFORE = Instant.parse("2026-03-29T00:59:59.999Z");
    private static final Instant SPRING_AFTER = Instant.parse("2026-03-29T01:00:00Z");

    private TimeZone original;
    private Path root;

    @Before
    public void remember() throws Exception {
        original = TimeZone.getDefault(); // machine clock: restored after the test moved it
        root = StoreFixture.tempDir("candor-zones");
    }

    @After
    public void restore() throws Exception {
        TimeZone.setDefault(original);
        StoreFixture.deleteTree(root);
    }

    /** A store opened as a Candor on a machine in {@code zone} opens it: default zone and clock both there. */
    private static CandorStore openIn(ZoneId zone, StoreConfiguration configuration) throws Exception {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        return StoreFixture.provider().open(configuration, Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), zone));
    }

    @Test
    public void anEmbeddedDatabaseWrittenInWarsawReadsTheSameInstantsInEveryZone() throws Exception {
        writeThenReadEverywhere(StoreConfiguration.embedded(root.resolve("db")));
    }

    @Test
    public void aNetworkDatabaseWrittenInWarsawReadsTheSameInstantsInEveryZone() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        // the server in a JVM of its own, in a zone none of its clients is in
        Process server = startServer(root.resolve("server"), port, "Asia/Tokyo");
        try {
            writeThenReadEverywhere(StoreConfiguration.parse("//127.0.0.1:" + port + "/" + root.resolve("team")));
        } finally {
            server.destroy();
            assertTrue("the server stopped", server.waitFor(60, TimeUnit.SECONDS));
        }
    }

    @Test
    public void aPostgreSqlDatabaseWrittenInWarsawReadsTheSameInstantsInEveryZone() throws Exception {
        PostgreSqlServer server = PostgreSqlServer.get();
        String database = server.newDatabase("zoe");
        try {
            writeThenReadEverywhere(StoreConfiguration.parse("postgresql://zoe@127.0.0.1:" + server.port() + "/" + database));
        } finally {
            server.dropDatabase(database);
        }
    }

    /** A Derby Network Server in a second JVM whose default zone is {@code zone}; returns once it accepts connections. */
    private static Process startServer(Path home, int port, String zone) throws Exception {
        List<String> jars = new ArrayList<>();
        for (String jar : new String[] { "derby", "derbyshared", "derbytools", "derbynet" }) {
            URL url = FileLocator.toFileURL(Platform.getBundle("dev.candor.derby").getEntry("lib/" + jar + ".jar"));
            jars.add(new File(url.getPath()).getPath());
        }
        Files.createDirectories(home);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", String.join(File.pathSeparator, jars),
                "-Duser.timezone=" + zone, "-Dderby.system.home=" + home, "org.apache.derby.drda.NetworkServerControl",
                "start", "-h", "127.0.0.1", "-p", Integer.toString(port)).redirectErrorStream(true).start();
        // a thread of its own (the common pool has one thread on two cores, and anything else
        // blocking it would keep the reader from ever starting), which reads to the end of the
        // server's output, so that the server never blocks on a full pipe
        StringBuffer seen = new StringBuffer();
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null;) {
                    seen.append(line).append('\n');
                    if (line.contains("ready to accept connections")) {
                        ready.complete(null);
                    }
                }
            } catch (java.io.IOException e) {
                seen.append(e);
            }
            ready.complete(seen.toString()); // ended before it was ready: what it said
        }, "Derby Network Server output");
        reader.setDaemon(true);
        reader.start();
        String failure;
        try {
            // a second JVM starting while the suite keeps both cores busy: give it time
            failure = ready.get(180, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            failure = "no answer within 180 s (alive: " + process.isAlive() + "; said: " + seen + ")";
        }
        if (failure != null) {
            process.destroyForcibly();
            throw new AssertionError("the Derby Network Server did not start: " + failure);
        }
        return process;
    }

    private record Written(long first, long second, long spring, long commitment) {
    }

    private void writeThenReadEverywhere(StoreConfiguration configuration) throws Exception {
        Written written;
        try (CandorStore store = openIn(WARSAW, configuration.creating())) {
            written = store.call(s -> {
                Customer c = StoreFixture.customer("Olena Kovalenko", "olena@example.com");
                c.setCreatedAt(Date.from(AUTUMN_FIRST));
                s.customers().save(c);
                Interaction first = StoreFixture.interaction(c.getId(), "First 02:30", AUTUMN_FIRST.toEpochMilli());
                first.setEndedAt(Date.from(AUTUMN_SECOND));
                s.interactions().save(first);
                Interaction second = StoreFixture.interaction(c.getId(), "Second 02:30",
                        AUTUMN_SECOND.toEpochMilli());
                s.interactions().save(second);
                Interaction spring = StoreFixture.interaction(c.getId(), "Before the spring change",
                        SPRING_BEFORE.toEpochMilli());
                spring.setEndedAt(Date.from(SPRING_AFTER));
                s.interactions().save(spring);
                Commitment promise = CandorFactory.eINSTANCE.createCommitment();
                promise.setCustomerId(c.getId());
                promise.setDescription("Call back after the change of time");
                promise.setOwner("anna.kowalska");
                promise.setPriority(Priority.HIGH);
                promise.setStatus(CommitmentStatus.OPEN);
                promise.setCreatedAt(Date.from(AUTUMN_FIRST));
                promise.setDueAt(Date.from(AUTUMN_SECOND));
                s.commitments().save(promise);
                return new Written(first.getId(), second.getId(), spring.getId(), promise.getId());
            });
        }
        for (ZoneId zone : READERS) {
            try (CandorStore store = openIn(zone, configuration)) {
                String where = " read in " + zone;
                Interaction first = store.call(s -> s.interactions().find(written.first())).orElseThrow();
                Interaction second = store.call(s -> s.interactions().find(written.second())).orElseThrow();
                Interaction spring = store.call(s -> s.interactions().find(written.spring())).orElseThrow();
                Commitment promise = store.call(s -> s.commitments().find(written.commitment())).orElseThrow();
                Customer customer = store.call(s -> s.customers().find(first.getCustomerId())).orElseThrow();
                assertEquals("the first 02:30" + where, AUTUMN_FIRST, first.getStartedAt().toInstant());
                assertEquals("the second 02:30" + where, AUTUMN_SECOND, second.getStartedAt().toInstant());
                assertEquals("ended in the second 02:30" + where, AUTUMN_SECOND, first.getEndedAt().toInstant());
                assertEquals(SPRING_BEFORE, spring.getStartedAt().toInstant());
                assertEquals(SPRING_AFTER, spring.getEndedAt().toInstant());
                assertEquals(AUTUMN_FIRST, customer.getCreatedAt().toInstant());
                assertEquals(AUTUMN_FIRST, promise.getCreatedAt().toInstant());
                assertEquals(AUTUMN_SECOND, promise.getDueAt().toInstant());
                // newest first by instant: the second 02:30 comes before the first
                List<Interaction> history = store.call(s -> s.interactions().listForCustomer(customer.getId(), 0, 10));
                assertEquals(List.of("Second 02:30", "First 02:30", "Before the spring change"),
                        history.stream().map(Interaction::getSubject).toList());
                // overdue is decided by instant: due at the second 02:30, so overdue at 01:45Z
                assertEquals(1, store.call(s -> s.customers().facts(customer.getId(),
                        Date.from(AUTUMN_SECOND.plusSeconds(15 * 60)), zone)).overdueCommitments());
                assertEquals(0, store.call(s -> s.customers().facts(customer.getId(),
                        Date.from(AUTUMN_SECOND.minusSeconds(15 * 60)), zone)).overdueCommitments());
            }
        }
    }

    /**
     * {@code data/release-0.1-warsaw.zip} is a database written by release 0.1 (commit a5d46d3)
     * with the JVM in Europe/Warsaw (see {@code data/MakeReleaseDatabase.java.txt}).
     */
    private Path releaseDatabase(String name) throws Exception {
        Path target = root.resolve(name);
        try (InputStream zip = FrameworkUtil.getBundle(getClass()).getEntry("data/release-0.1-warsaw.zip").openStream();
                ZipInputStream entries = new ZipInputStream(zip)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path file = target.resolve(entry.getName().substring("candor-db/".length())).normalize();
                assertTrue(file.startsWith(target));
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(entries, file);
                }
            }
        }
        return target;
    }

    private static Date at(String instant) {
        return Date.from(Instant.parse(instant));
    }

    @Test
    public void aDatabaseOfRelease01WrittenInWarsawKeepsItsInstantsWhenUpgradedInWarsaw() throws Exception {
        Path dir = releaseDatabase("release");
        // upgraded by a Candor whose machine is in Warsaw, as the writer's was; this JVM elsewhere
        TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
        Clock clock = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), WARSAW);
        try (CandorStore store = StoreFixture.provider().open(StoreConfiguration.embedded(dir), clock)) {
            assertEquals(14, store.getSchemaVersion());
            store.call(s -> {
                List<Customer> customers = List.of(s.customers().find(1).orElseThrow(), s.customers().find(2).orElseThrow());
                // 00:30Z and 01:30Z were both stored as 02:30 by release 0.1: the earlier is all that is left
                for (Customer c : customers) {
                    assertEquals(c.getName(), at("2026-10-25T00:30:00Z"), c.getCreatedAt());
                }
                Interaction summer = s.interactions().find(1).orElseThrow();
                assertEquals(at("2026-07-01T10:15:30.250Z"), summer.getStartedAt());
                assertEquals(at("2026-07-01T10:45:00Z"), summer.getEndedAt());
                Interaction winter = s.interactions().find(2).orElseThrow();
                assertEquals(at("2026-01-15T08:00:00Z"), winter.getStartedAt());
                assertEquals(null, winter.getEndedAt());
                Interaction night = s.interactions().find(3).orElseThrow();
                assertEquals(at("2026-03-29T00:59:59.999Z"), night.getStartedAt());
                assertEquals(at("2026-03-29T01:00:00Z"), night.getEndedAt());
                Commitment promise = s.commitments().listForCustomer(1).get(0);
                assertEquals(at("2026-07-01T10:20:00Z"), promise.getCreatedAt());
                assertEquals(at("2026-07-10T15:00:00Z"), promise.getDueAt());
                assertEquals(at("2026-07-09T12:00:00Z"), promise.getClosedAt());
                assertEquals(CommitmentKind.PROMISE, promise.getKind());
                CommitmentChange renegotiated = promise.getHistory().get(0);
                assertEquals(at("2026-07-02T09:00:00Z"), renegotiated.getChangedAt());
                assertEquals(at("2026-07-03T15:00:00Z"), renegotiated.getPreviousDueAt());
                assertEquals(at("2026-07-10T15:00:00Z"), renegotiated.getNewDueAt());
                assertEquals(at("2026-07-09T12:00:00Z"), promise.getHistory().get(1).getChangedAt());
                EthicsReview review = s.reviews().forInteraction(1).get(0);
                assertEquals(at("2026-07-01T11:00:00Z"), review.getReviewedAt());
                // the feedback table of release 0.1 stays where it was until its bundle takes it over
                List<Instant> feedback = s.sql().query("SELECT RECEIVED_AT, ANSWERED_AT FROM FEEDBACK",
                        row -> row.getInstant(1), new Object[0]);
                assertEquals(List.of(Instant.parse("2026-02-10T09:30:00Z")), feedback);
                assertEquals(Instant.parse("2026-02-11T14:45:00Z").toEpochMilli(),
                        s.sql().queryLong("SELECT ANSWERED_AT FROM FEEDBACK"));
                List<AuditEntry> trail = s.audit().listForSubject(1);
                assertEquals(at("2026-11-30T23:30:00Z"), trail.get(0).at());
                SharedDocument note = s.sharedDocuments().find("fixture/note").orElseThrow();
                // written at 16:01:13 Warsaw time on 4 December 2026, when the fixture was made
                assertEquals(at("2026-12-04T15:01:13.409Z"), note.updatedAt());
                return null;
            });
        }
    }

    @Test
    public void theMigrationConvertsFromTheZoneTheClockNames() throws Exception {
        Path dir = releaseDatabase("london");
        // the same database upgraded as if it had been written in London: one hour later in summer
        Clock london = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneId.of("Europe/London"));
        try (CandorStore store = StoreFixture.provider().open(StoreConfiguration.embedded(dir), london)) {
            assertEquals(at("2026-07-01T11:15:30.250Z"),
                    store.call(s -> s.interactions().find(1)).orElseThrow().getStartedAt());
            assertEquals(at("2026-01-15T09:00:00Z"), store.call(s -> s.interactions().find(2)).orElseThrow().getStartedAt());
        }
    }

    @Test
    public void everyTimeColumnIsEpochMillisecondsAfterTheUpgrade() throws Exception {
        Path dir = releaseDatabase("types");
        Clock clock = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), WARSAW);
        StoreFixture.provider().open(StoreConfiguration.embedded(dir), clock).close();
        Properties credentials = new Properties();
        credentials.setProperty("user", "candor");
        credentials.setProperty("password", "candor");
        List<String> wrong = new ArrayList<>();
        List<String> converted = new ArrayList<>();
        try (Connection c = new EmbeddedDriver().connect("jdbc:derby:" + dir, credentials);
                Statement s = c.createStatement();
                ResultSet columns = c.getMetaData().getColumns(null, "CANDOR", null, "%")) {
            while (columns.next()) {
                String column = columns.getString("TABLE_NAME") + "." + columns.getString("COLUMN_NAME");
                if (columns.getInt("DATA_TYPE") == java.sql.Types.TIMESTAMP) {
                    wrong.add(column);
                } else if (column.endsWith("_AT")) {
                    converted.add(column);
                }
            }
            try (ResultSet applied = s.executeQuery("SELECT APPLIED_AT FROM CANDOR_SCHEMA WHERE VERSION = 11")) {
                applied.next();
                assertEquals(clock.millis(), applied.getLong(1));
            }
            try (ResultSet first = s.executeQuery("SELECT APPLIED_AT FROM CANDOR_SCHEMA WHERE VERSION = 1")) {
                first.next();
                assertEquals(Instant.parse("2026-12-04T15:01:12.538Z").toEpochMilli(), first.getLong(1));
            }
            try (ResultSet template = s.executeQuery("SELECT CREATED_AT FROM CHECKLIST_TEMPLATE")) {
                template.next();
                assertEquals(Instant.parse("2026-12-04T15:01:13.350Z").toEpochMilli(), template.getLong(1));
            }
        } finally {
            try {
                new EmbeddedDriver().connect("jdbc:derby:" + dir + ";shutdown=true", new Properties());
            } catch (java.sql.SQLException expected) {
                // 08006: shut down
            }
        }
        assertEquals("TIMESTAMP columns left", List.of(), wrong);
        converted.sort(null);
        assertEquals(List.of("AUDIT_ENTRY.LOGGED_AT", "CANDOR_MODULE_SCHEMA.APPLIED_AT", "CANDOR_SCHEMA.APPLIED_AT", "CHANGE_LOG.LOGGED_AT", "CHECKLIST_TEMPLATE.CREATED_AT",
                "COMMITMENT.CLOSED_AT", "COMMITMENT.CREATED_AT", "COMMITMENT.DUE_AT", "COMMITMENT_CHANGE.CHANGED_AT",
                "COMMITMENT_CHANGE.NEW_DUE_AT", "COMMITMENT_CHANGE.PREVIOUS_DUE_AT", "CUSTOMER.CREATED_AT",
                "CUSTOMER_IMPORT.STARTED_AT", "CUSTOMER_IMPORT.TOUCHED_AT",
                "ETHICS_REVIEW.REVIEWED_AT", "FEEDBACK.ANSWERED_AT", "FEEDBACK.RECEIVED_AT", "INTERACTION.ENDED_AT",
                "INTERACTION.STARTED_AT", "SHARED_DOCUMENT.UPDATED_AT"), converted);
    }
}
