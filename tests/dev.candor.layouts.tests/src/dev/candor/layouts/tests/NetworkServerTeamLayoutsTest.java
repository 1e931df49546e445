package dev.candor.layouts.tests;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.After;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;

import dev.candor.store.CandorStore;
import dev.candor.store.DerbyNetworkServer;
import dev.candor.store.StoreConfiguration;

/** The contract through a Derby Network Server on loopback, each person with a client of their own. */
public class NetworkServerTeamLayoutsTest extends TeamLayoutsContract {

    private static Path home;
    private static DerbyNetworkServer server;
    private static int databases;
    private CandorStore ada;
    private CandorStore bea;

    @BeforeClass
    public static void startServer() throws Exception {
        home = Files.createTempDirectory("layouts-server");
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        server = DerbyNetworkServer.start(InetAddress.getLoopbackAddress(), port, home);
    }

    @AfterClass
    public static void stopServer() throws Exception {
        server.close();
        deleteTree(home);
    }

    @Before
    public void open() throws Exception {
        // an absolute name: when an embedded test of this run booted Derby before the server
        // got its home, a relative one would land in the working directory
        StoreConfiguration team = StoreConfiguration.network("127.0.0.1", server.getPort(),
                home.resolve("team" + (++databases)).toString(), "candor", "candor");
        ada = provider().open(team.creating()); // the administrator set the team database up
        bea = provider().open(team);
    }

    @After
    public void close() {
        bea.close();
        ada.close();
    }

    @Override
    protected CandorStore ada() {
        return ada;
    }

    @Override
    protected CandorStore bea() {
        return bea;
    }
}
