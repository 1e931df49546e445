package dev.candor.layouts.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.After;
import org.junit.Before;

import dev.candor.store.CandorStore;
import dev.candor.store.StoreConfiguration;

/** The contract on an embedded database, where both people share the one client of this process. */
public class EmbeddedTeamLayoutsTest extends TeamLayoutsContract {

    private Path dir;
    private CandorStore store;

    @Before
    public void open() throws Exception {
        dir = Files.createTempDirectory("layouts");
        store = provider().open(StoreConfiguration.embedded(dir.resolve("db")));
    }

    @After
    public void close() {
        store.close();
        deleteTree(dir);
    }

    @Override
    protected CandorStore ada() {
        return store;
    }

    @Override
    protected CandorStore bea() {
        return store;
    }
}
