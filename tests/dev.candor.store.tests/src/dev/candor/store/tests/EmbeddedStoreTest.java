package dev.candor.store.tests;

import java.nio.file.Path;

import org.junit.After;
import org.junit.Before;

import dev.candor.store.CandorStore;
import dev.candor.store.StoreConfiguration;

/** The store contract on an embedded database. */
public class EmbeddedStoreTest extends StoreContract {

    private Path dir;
    private CandorStore store;
    private CandorStore other;

    @Before
    public void open() throws Exception {
        dir = StoreFixture.tempDir("candor-embedded").resolve("db");
        store = StoreFixture.provider().open(StoreConfiguration.embedded(dir), StoreFixture.CLOCK);
        other = StoreFixture.provider().open(StoreConfiguration.embedded(dir), StoreFixture.CLOCK);
    }

    @After
    public void close() throws Exception {
        other.close();
        store.close();
        StoreFixture.deleteTree(dir.getParent());
    }

    @Override
    protected CandorStore store() {
        return store;
    }

    @Override
    protected CandorStore otherClient() {
        return other;
    }
}
