package dev.candor.store.tests;

import dev.candor.testing.postgresql.PostgreSqlServer;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.Before;
import org.junit.Test;

import dev.candor.store.CandorStore;
import dev.candor.store.DatabaseUnavailableException;
import dev.candor.store.DatabaseUnavailableException.Reason;
import dev.candor.store.StoreConfiguration;

/**
 * What a team meets when the PostgreSQL address or account is wrong: each case gets its own
 * message, in words, and nothing is created anywhere.
 */
public class PostgreSqlFaultsTest {

    private PostgreSqlServer server;

    @Before
    public void start() throws Exception {
        server = PostgreSqlServer.get();
    }

    private StoreConfiguration at(String user, String database) {
        return StoreConfiguration.parse("postgresql://" + user + "@127.0.0.1:" + server.port() + "/" + database);
    }

    private DatabaseUnavailableException refused(StoreConfiguration configuration) throws Exception {
        try (CandorStore store = StoreFixture.provider().open(configuration, StoreFixture.CLOCK)) {
            fail("opened " + configuration + " at schema " + store.getSchemaVersion());
            return null;
        } catch (DatabaseUnavailableException e) {
            assertFalse("no database text reaches the user: " + e.getMessage(), e.getMessage().contains("FATAL"));
            assertFalse("no SQL state where a sentence says it: " + e.getMessage(), e.getMessage().contains("SQL state"));
            return e;
        }
    }

    @Test
    public void aWrongPasswordIsSaidSoWithTheUsersName() throws Exception {
        String database = server.newDatabase("bea");
        try (Connection admin = server.admin(); Statement s = admin.createStatement()) {
            s.execute("ALTER ROLE bea PASSWORD 'changed-by-an-administrator'");
        }
        DatabaseUnavailableException e = refused(at("bea", database));
        assertEquals(Reason.SIGN_IN_FAILED, e.getReason());
        assertTrue(e.getMessage(), e.getMessage().contains("bea"));
        assertEquals(List.of(), tables(database));
        server.dropDatabase(database);
    }

    @Test
    public void aUserWithoutAPasswordInThePasswordFileCannotSignIn() throws Exception {
        String database = server.newDatabase("cyd");
        try (Connection admin = server.admin(); Statement s = admin.createStatement()) {
            s.execute("CREATE ROLE nopass LOGIN PASSWORD 'known-to-nobody-here'");
            s.execute("GRANT ALL ON DATABASE " + database + " TO nopass");
        }
        assertEquals(Reason.SIGN_IN_FAILED, refused(at("nopass", database)).getReason());
        assertEquals(List.of(), tables(database));
        server.dropDatabase(database);
    }

    @Test
    public void aMistypedDatabaseNameCreatesNoDatabase() throws Exception {
        server.newDatabase("dan");
        List<String> before = databases();
        DatabaseUnavailableException e = refused(at("dan", "tema1"));
        assertEquals(Reason.NO_SUCH_DATABASE, e.getReason());
        assertTrue(e.getMessage(), e.getMessage().contains("tema1"));
        assertEquals("no database was created", before, databases());
    }

    @Test
    public void anEmptyDatabaseIsSetUpOnlyWhenAnAdministratorSaysSo() throws Exception {
        String database = server.newDatabase("gus");
        DatabaseUnavailableException e = refused(at("gus", database));
        assertEquals(Reason.NOT_SET_UP, e.getReason());
        assertEquals("nothing was created", List.of(), tables(database));
        try (CandorStore store = StoreFixture.provider().open(at("gus", database).creating(), StoreFixture.CLOCK)) {
            assertEquals(14, store.getSchemaVersion());
        }
        try (CandorStore store = StoreFixture.provider().open(at("gus", database), StoreFixture.CLOCK)) {
            assertEquals("once set up, a plain address opens it", 14, store.getSchemaVersion());
        }
        server.dropDatabase(database);
    }

    @Test
    public void aServerThatIsNotThereIsUnreachable() throws Exception {
        int nobody;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            nobody = probe.getLocalPort();
        }
        DatabaseUnavailableException e = refused(
                StoreConfiguration.parse("postgresql://dan@127.0.0.1:" + nobody + "/team"));
        assertEquals(Reason.UNREACHABLE, e.getReason());
    }

    @Test
    public void aDatabaseOfAnotherApplicationIsLeftAsItIs() throws Exception {
        String database = server.newDatabase("eve");
        try (Connection db = server.connect(database); Statement s = db.createStatement()) {
            s.execute("CREATE TABLE invoices (id INT PRIMARY KEY, total NUMERIC)");
            s.execute("ALTER TABLE invoices OWNER TO eve");
        }
        DatabaseUnavailableException e = refused(at("eve", database));
        assertEquals(Reason.FOREIGN, e.getReason());
        assertTrue(e.getMessage(), e.getMessage().contains("invoices"));
        assertEquals("Candor added nothing", List.of("invoices"), tables(database));
        server.dropDatabase(database);
    }

    @Test
    public void aDatabaseOfANewerCandorIsNotChanged() throws Exception {
        String database = server.newDatabase("fay");
        StoreConfiguration configuration = at("fay", database);
        try (CandorStore store = StoreFixture.provider().open(configuration.creating(), StoreFixture.CLOCK)) {
            assertEquals(14, store.getSchemaVersion());
        }
        try (Connection db = server.connect(database); Statement s = db.createStatement()) {
            s.execute("INSERT INTO candor_schema (version, description, applied_at) VALUES (99, 'future', 0)");
        }
        DatabaseUnavailableException e = refused(configuration);
        assertEquals(Reason.NEWER_SCHEMA, e.getReason());
        assertTrue(e.getMessage(), e.getMessage().contains("99"));
        server.dropDatabase(database);
    }

    @Test
    public void addressesAreReadWithTheirDefaultsAndNeverCarryAPassword() {
        StoreConfiguration full = StoreConfiguration.parse("postgresql://ada@db.example.org:6543/sales");
        assertEquals(StoreConfiguration.Mode.POSTGRESQL, full.getMode());
        assertEquals("db.example.org", full.getHost());
        assertEquals(6543, full.getPort());
        assertEquals("sales", full.getDatabaseName());
        assertEquals("ada", full.getUser());
        assertEquals(null, full.getPassword());
        assertEquals("postgresql://ada@db.example.org:6543/sales", full.toLocation());

        StoreConfiguration least = StoreConfiguration.parse("  PostgreSQL://db.example.org/sales ");
        assertEquals(StoreConfiguration.POSTGRESQL_PORT, least.getPort());
        assertEquals("the operating system's account", System.getProperty("user.name"), least.getUser());
        assertEquals("postgresql://db.example.org:5432/sales", least.toLocation());

        for (String wrong : List.of("postgresql://ada:secret@db.example.org/sales", "postgresql://db.example.org",
                "postgresql://db.example.org/", "postgresql://db.example.org:54x/sales",
                "postgresql://db.example.org/sales/more", "postgresql://:5432/sales")) {
            try {
                StoreConfiguration.parse(wrong);
                fail("accepted " + wrong);
            } catch (IllegalArgumentException e) {
                assertFalse(e.getMessage(), e.getMessage().contains("secret"));
            }
        }
    }

    private List<String> tables(String database) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection db = server.connect(database);
                ResultSet rows = db.getMetaData().getTables(null, "public", "%", new String[] { "TABLE" })) {
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    private List<String> databases() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection admin = server.admin(); Statement s = admin.createStatement();
                ResultSet rows = s.executeQuery("SELECT datname FROM pg_database ORDER BY datname")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
