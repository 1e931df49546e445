package dev.candor.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import dev.candor.model.Commitment;
import dev.candor.model.Customer;
import dev.candor.model.Interaction;
import dev.candor.store.StoreConfiguration;
import dev.candor.store.StoreException;

/**
 * Writes large generated data sets (the 100,000 / 1,000,000 benchmark) in
 * JDBC batches with ids assigned here, bypassing per-record validation and
 * generated-key round trips. For trusted, generated data only: a failure
 * leaves the batches committed so far.
 */
public final class BulkLoader implements AutoCloseable {

    private static final int BATCH = 1000;
    private static final int COMMIT_EVERY = 20_000;

    private final StoreConfiguration configuration;
    private final Connection connection;
    private final PreparedStatement customers;
    private final PreparedStatement contacts;
    private final PreparedStatement tags;
    private final PreparedStatement interactions;
    private final PreparedStatement commitments;
    private long nextCustomerId;
    private long nextInteractionId;
    private long nextCommitmentId;
    private int pendingCommitments;
    private int pendingCustomers;
    private int pendingInteractions;
    private int uncommitted;

    private BulkLoader(StoreConfiguration configuration, Connection connection) throws SQLException {
        this.configuration = configuration;
        this.connection = connection;
        nextCustomerId = max("CUSTOMER") + 1;
        nextInteractionId = max("INTERACTION") + 1;
        nextCommitmentId = max("COMMITMENT") + 1;
        customers = connection.prepareStatement("INSERT INTO CUSTOMER (VERSION, CHANGE_SEQ, " + CustomerRows.COLUMNS
                + ", ID) VALUES (1, " + Rows.nextChange(connection) + ", ?".repeat(CustomerRows.COLUMNS.split(",").length + 1) + ")");
        contacts = connection.prepareStatement(CustomerRows.INSERT_CONTACT);
        tags = connection.prepareStatement(CustomerRows.INSERT_TAG);
        interactions = connection.prepareStatement("INSERT INTO INTERACTION (VERSION, CHANGE_SEQ, "
                + InteractionRows.COLUMNS + ", ID) VALUES (1, " + Rows.nextChange(connection)
                + ", ?".repeat(InteractionRows.COLUMNS.split(",").length + 1) + ")");
        commitments = connection.prepareStatement("INSERT INTO COMMITMENT (VERSION, " + CommitmentRows.COLUMNS
                + ", ID) VALUES (1" + ", ?".repeat(CommitmentRows.COLUMNS.split(",").length + 1) + ")");
    }

    /**
     * Opens (creating and migrating if needed) the database for bulk loading; {@code clock} as in
     * {@link JdbcStoreProvider#open(StoreConfiguration, java.time.Clock)}.
     */
    public static BulkLoader open(StoreConfiguration configuration, java.time.Clock clock) throws StoreException {
        try {
            Connection connection = JdbcStoreProvider.factory(configuration).open();
            SchemaMigrator.migrate(connection, configuration.toLocation(), clock);
            connection.setAutoCommit(false);
            return new BulkLoader(configuration, connection);
        } catch (SQLException e) {
            throw SqlErrors.openFailure(configuration, e);
        }
    }

    private long max(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(ID), 0) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Queues a customer with its contacts and tags; sets and returns its id. */
    public long add(Customer customer) throws StoreException {
        customer.setId(nextCustomerId++);
        customer.setVersion(1);
        return SqlErrors.run(() -> {
            int next = CustomerRows.bind(customers, customer);
            customers.setLong(next, customer.getId());
            customers.addBatch();
            CustomerRows.addChildren(contacts, tags, customer.getId(), customer);
            if (++pendingCustomers == BATCH) {
                flushCustomers();
            }
            commitIfDue();
            return customer.getId();
        });
    }

    /** Queues an interaction of a customer already added; sets and returns its id. */
    public long add(Interaction interaction) throws StoreException {
        interaction.setId(nextInteractionId++);
        interaction.setVersion(1);
        return SqlErrors.run(() -> {
            if (pendingCustomers > 0) {
                flushCustomers(); // the foreign key needs the customer first
            }
            int next = InteractionRows.bind(interactions, interaction);
            interactions.setLong(next, interaction.getId());
            interactions.addBatch();
            if (++pendingInteractions == BATCH) {
                interactions.executeBatch();
                pendingInteractions = 0;
            }
            commitIfDue();
            return interaction.getId();
        });
    }

    /** Queues a commitment (without history) of a customer already added; sets and returns its id. */
    public long add(Commitment commitment) throws StoreException {
        commitment.setId(nextCommitmentId++);
        commitment.setVersion(1);
        return SqlErrors.run(() -> {
            if (pendingCustomers > 0) {
                flushCustomers();
            }
            int next = CommitmentRows.bind(commitments, commitment);
            commitments.setLong(next, commitment.getId());
            commitments.addBatch();
            if (++pendingCommitments == BATCH) {
                commitments.executeBatch();
                pendingCommitments = 0;
            }
            commitIfDue();
            return commitment.getId();
        });
    }

    private void flushCustomers() throws SQLException {
        customers.executeBatch();
        contacts.executeBatch();
        tags.executeBatch();
        pendingCustomers = 0;
    }

    private void commitIfDue() throws SQLException {
        if (++uncommitted >= COMMIT_EVERY) {
            flushAll();
            connection.commit();
            uncommitted = 0;
        }
    }

    private void flushAll() throws SQLException {
        flushCustomers();
        interactions.executeBatch();
        pendingInteractions = 0;
        commitments.executeBatch();
        pendingCommitments = 0;
    }

    /** Writes what is queued, moves the identity counters past the ids used, and closes. */
    @Override
    public void close() throws StoreException {
        SqlErrors.run(() -> {
            flushAll();
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE CUSTOMER ALTER COLUMN ID RESTART WITH " + nextCustomerId);
                statement.execute("ALTER TABLE INTERACTION ALTER COLUMN ID RESTART WITH " + nextInteractionId);
                statement.execute("ALTER TABLE COMMITMENT ALTER COLUMN ID RESTART WITH " + nextCommitmentId);
            }
            connection.commit();
            connection.close();
            return null;
        });
        JdbcStoreProvider.shutdown(configuration);
    }
}
