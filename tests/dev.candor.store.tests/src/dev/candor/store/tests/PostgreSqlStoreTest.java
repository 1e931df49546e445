package dev.candor.store.tests;

import dev.candor.testing.postgresql.PostgreSqlServer;
import static org.junit.Assert.assertEquals;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import dev.candor.store.CandorStore;
import dev.candor.store.StoreConfiguration;

/**
 * The store contract on a real PostgreSQL server on loopback (started by the tests themselves),
 * with two clients signed in as two people: Ada, whose role owns the team's database and who set
 * it up, and Bea, a member of Ada's role; each test on a new empty database.
 */
public class PostgreSqlStoreTest extends StoreContract {

    private PostgreSqlServer server;
    private String database;
    private CandorStore store;
    private CandorStore other;

    @Before
    public void open() throws Exception {
        server = PostgreSqlServer.get();
        database = server.newDatabase("ada");
        server.newMember("bea", "ada");
        StoreConfiguration configuration = StoreConfiguration
                .parse("postgresql://ada@127.0.0.1:" + server.port() + "/" + database);
        store = StoreFixture.provider().open(configuration.creating(), StoreFixture.CLOCK); // as an administrator
        other = StoreFixture.provider().open(
                StoreConfiguration.parse("postgresql://bea@127.0.0.1:" + server.port() + "/" + database),
                StoreFixture.CLOCK);
    }

    @After
    public void close() throws Exception {
        if (other != null) {
            other.close();
        }
        if (store != null) {
            store.close();
        }
        server.dropDatabase(database);
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
    public void bothClientsSeeTheMigratedSchema() {
        assertEquals(store.getSchemaVersion(), other.getSchemaVersion());
        assertEquals(14, store.getSchemaVersion());
        assertEquals("postgresql://ada@127.0.0.1:" + server.port() + "/" + database,
                store.getConfiguration().toLocation());
    }
}
