package dev.candor.store.tests;

import static org.junit.Assert.assertEquals;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.After;
import org.junit.Before;

import dev.candor.store.CandorStore;
import dev.candor.store.DerbyNetworkServer;
import dev.candor.store.StoreConfiguration;

/** The store contract through the Derby Network Server on loopback, with two clients. */
public class NetworkServerStoreTest extends StoreContract {

    private static Path home;
    private static DerbyNetworkServer server;
    private static int databases;
    private CandorStore store;
    private CandorStore other;

    @BeforeClass
    public static void startServer() throws Exception {
        home = StoreFixture.tempDir("candor-server");
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        server = DerbyNetworkServer.start(InetAddress.getLoopbackAddress(), port, home);
    }

    @AfterClass
    public static void stopServer() throws Exception {
        server.close();
        StoreFixture.deleteTree(home);
    }

    @Before
    public void open() throws Exception {
        StoreConfiguration configuration = StoreConfiguration.parse("//127.0.0.1:" + server.getPort() + "/"
                // absolute: the server's derby.system.home counts only if no test booted Derby before
                + home.resolve("team" + (++databases)));
        store = StoreFixture.provider().open(configuration.creating(), StoreFixture.CLOCK); // as an administrator
        other = StoreFixture.provider().open(configuration, StoreFixture.CLOCK);
    }

    @After
    public void close() {
        other.close();
        store.close();
    }

    @Override
    protected CandorStore store() {
        return store;
    }

    @Override
    protected CandorStore otherClient() {
        return other;
    }

    @Test
    public void aMistypedDatabaseNameCreatesNothing() throws Exception {
        java.nio.file.Path mistyped = home.resolve("tema1");
        StoreConfiguration configuration = StoreConfiguration
                .parse("//127.0.0.1:" + server.getPort() + "/" + mistyped);
        try (CandorStore opened = StoreFixture.provider().open(configuration, StoreFixture.CLOCK)) {
            org.junit.Assert.fail("opened a database nobody set up: " + opened.getConfiguration());
        } catch (dev.candor.store.DatabaseUnavailableException e) {
            assertEquals(e.getMessage(), dev.candor.store.DatabaseUnavailableException.Reason.NO_SUCH_DATABASE,
                    e.getReason());
            org.junit.Assert.assertFalse(e.getMessage(), e.getMessage().contains("SQL state"));
        }
        org.junit.Assert.assertFalse("no database folder was made", java.nio.file.Files.exists(mistyped));
    }

    @Test
    public void bothClientsSeeTheMigratedSchema() {
        assertEquals(store.getSchemaVersion(), other.getSchemaVersion());
        assertEquals(14, store.getSchemaVersion());
    }
}
