package dev.candor.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.candor.model.Customer;
import dev.candor.store.CustomerImports;
import dev.candor.store.StoreException;

/** Imports in CUSTOMER_IMPORT; their customers in CUSTOMER with STAGED_BY set (schema 14). */
final class CustomerImportRows implements CustomerImports {

    /** The state of an import whose customers everyone sees. */
    static final String PUBLISHED = "published";
    private static final String RUNNING = "running";

    private final Connection connection;
    private final dev.candor.store.CustomerRepository customers;

    CustomerImportRows(JdbcSession session, dev.candor.store.CustomerRepository customers) {
        this.connection = session.connection();
        this.customers = customers;
    }

    @Override
    public long begin(String user, Instant now) throws StoreException {
        return SqlErrors.run(() -> {
            try (PreparedStatement insert = Dialect.of(connection).prepareInsert(connection,
                    "INSERT INTO CUSTOMER_IMPORT (STATE, STARTED_BY, STARTED_AT, TOUCHED_AT, UPDATES) VALUES (?, ?, ?, ?, 0)")) {
                insert.setString(1, RUNNING);
                insert.setString(2, user);
                insert.setLong(3, now.toEpochMilli());
                insert.setLong(4, now.toEpochMilli());
                insert.executeUpdate();
                return Rows.generatedId(insert);
            }
        });
    }

    @Override
    public void stage(long id, List<Customer> batch, Instant now) throws StoreException {
        for (Customer customer : batch) {
            CustomerRows.check(customer);
        }
        SqlErrors.run(() -> {
            // CHANGE_SEQ 0: no search feed reads it until settle gives it a number
            try (PreparedStatement insert = Dialect.of(connection).prepareInsert(connection,
                    "INSERT INTO CUSTOMER (VERSION, CHANGE_SEQ, STAGED_BY, REPLACES, " + CustomerRows.COLUMNS
                            + ") VALUES (?, 0, ?, ?" + ", ?".repeat(CustomerRows.COLUMNS.split(",").length) + ")");
                    PreparedStatement contacts = connection.prepareStatement(CustomerRows.INSERT_CONTACT);
                    PreparedStatement tags = connection.prepareStatement(CustomerRows.INSERT_TAG)) {
                long[] ids = new long[batch.size()]; // of the new customers; an update keeps its own
                int updates = 0;
                for (int i = 0; i < batch.size(); i++) {
                    Customer customer = batch.get(i);
                    boolean update = customer.getId() != 0;
                    if (customer.getCreatedAt() == null) {
                        customer.setCreatedAt(java.util.Date.from(now));
                    }
                    insert.setInt(1, update ? customer.getVersion() : 1);
                    insert.setLong(2, id);
                    if (update) {
                        insert.setLong(3, customer.getId());
                    } else {
                        insert.setNull(3, java.sql.Types.BIGINT);
                    }
                    CustomerRows.bind(insert, customer, 3);
                    insert.executeUpdate();
                    long row = Rows.generatedId(insert);
                    if (update) {
                        updates++;
                    } else {
                        ids[i] = row;
                    }
                    CustomerRows.addChildren(contacts, tags, row, customer);
                }
                contacts.executeBatch();
                tags.executeBatch();
                if (updates > 0) {
                    try (PreparedStatement count = connection.prepareStatement(
                            "UPDATE CUSTOMER_IMPORT SET UPDATES = UPDATES + ? WHERE ID = ?")) {
                        count.setLong(1, updates);
                        count.setLong(2, id);
                        count.executeUpdate();
                    }
                }
                // only now: a chunk that failed half-way is tried again with the customers as they were
                for (int i = 0; i < batch.size(); i++) {
                    if (ids[i] != 0) {
                        batch.get(i).setId(ids[i]);
                        batch.get(i).setVersion(1);
                    }
                }
            }
            return null;
        });
    }

    @Override
    public int publish(long id) throws StoreException {
        return SqlErrors.run(() -> {
            // a customer the file updates more than once gets its last update: each was made from the
            // customer as it was before the import, with the same columns of the same file
            // staged row and version of each customer updated, by the customer's id
            java.util.Map<Long, long[]> updates = new java.util.LinkedHashMap<>();
            if (hasUpdates(id)) {
                try (PreparedStatement select = connection.prepareStatement("SELECT ID, REPLACES, VERSION FROM CUSTOMER"
                        + " WHERE STAGED_BY = ? AND REPLACES IS NOT NULL ORDER BY ID")) {
                    select.setLong(1, id);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            updates.put(rows.getLong(2), new long[] { rows.getLong(1), rows.getInt(3) });
                        }
                    }
                }
            }
            // the staged copies stay, never shown (SHOWN leaves out REPLACES rows), until settle
            // deletes them a chunk at a time: a delete here would lock the contacts and tags tables
            for (java.util.Map.Entry<Long, long[]> update : updates.entrySet()) {
                Customer customer = customers.find(update.getValue()[0]).orElseThrow();
                customer.setId(update.getKey());
                customer.setVersion((int) update.getValue()[1]);
                customers.save(customer);
            }
            try (PreparedStatement publish = connection.prepareStatement(
                    "UPDATE CUSTOMER_IMPORT SET STATE = ? WHERE ID = ? AND STATE = ?")) {
                publish.setString(1, PUBLISHED);
                publish.setLong(2, id);
                publish.setString(3, RUNNING);
                if (publish.executeUpdate() == 0) {
                    throw new SQLException("import " + id + " is not running"); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            return updates.size();
        });
    }

    /**
     * Derby deletes a customer's contacts and tags under table locks, taken in an order of its own;
     * taking them first in the order a save takes them keeps a delete and a colleague's save from
     * waiting on each other in a circle (the save then waits for this short transaction).
     */
    private void lockChildTables() throws SQLException {
        if (Dialect.of(connection) == Dialect.DERBY) {
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute("LOCK TABLE CONTACT IN EXCLUSIVE MODE");
                statement.execute("LOCK TABLE CUSTOMER_TAG IN EXCLUSIVE MODE");
            }
        }
    }

    @Override
    public int settle(long id, int limit) throws StoreException {
        return SqlErrors.run(() -> {
            long[] chunk = chunk(id, limit);
            if (chunk == null) {
                forget(id);
                return 0;
            }
            int removed = 0;
            if (hasUpdates(id)) {
                lockChildTables();
                removed = onChunk("DELETE FROM CUSTOMER WHERE STAGED_BY = ? AND REPLACES IS NOT NULL", id, chunk);
            }
            return removed + onChunk("UPDATE CUSTOMER SET STAGED_BY = NULL, CHANGE_SEQ = "
                    + Rows.nextChange(connection) + " WHERE STAGED_BY = ?", id, chunk);
        });
    }

    @Override
    public int discard(long id, int limit) throws StoreException {
        return SqlErrors.run(() -> {
            long[] chunk = chunk(id, limit);
            if (chunk == null) {
                forget(id);
                return 0;
            }
            lockChildTables();
            return onChunk("DELETE FROM CUSTOMER WHERE STAGED_BY = ?", id, chunk);
        });
    }

    /**
     * The first and last id of the next chunk of the import's customers, or null if none is left;
     * both bounds, so that the statement on the chunk reads the chunk and not every customer
     * before it.
     */
    private long[] chunk(long id, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT ID FROM CUSTOMER WHERE STAGED_BY = ? ORDER BY ID FETCH FIRST ? ROWS ONLY")) {
            select.setLong(1, id);
            select.setInt(2, limit);
            long[] chunk = null;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (chunk == null) {
                        chunk = new long[] { rows.getLong(1), 0 };
                    }
                    chunk[1] = rows.getLong(1);
                }
            }
            return chunk;
        }
    }

    /**
     * Runs {@code statement} (its WHERE clause ends in {@code STAGED_BY = ?}) on the import's rows
     * of {@code chunk}; returns how many rows it changed.
     */
    private int onChunk(String statement, long id, long[] chunk) throws SQLException {
        try (PreparedStatement run = connection.prepareStatement(statement + " AND ID BETWEEN ? AND ?")) {
            run.setLong(1, id);
            run.setLong(2, chunk[0]);
            run.setLong(3, chunk[1]);
            return run.executeUpdate();
        }
    }

    /** Whether the import staged updates of customers already there (counted as they are staged). */
    private boolean hasUpdates(long id) throws SQLException {
        return Rows.count(connection, "SELECT UPDATES FROM CUSTOMER_IMPORT WHERE ID = ?", id) > 0;
    }

    private void forget(long id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM CUSTOMER_IMPORT WHERE ID = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    @Override
    public void touch(long id, Instant now) throws StoreException {
        SqlErrors.run(() -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE CUSTOMER_IMPORT SET TOUCHED_AT = ? WHERE ID = ?")) {
                update.setLong(1, now.toEpochMilli());
                update.setLong(2, id);
                update.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<Unfinished> unfinished() throws StoreException {
        return SqlErrors.run(() -> {
            List<Unfinished> result = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT ID, STARTED_BY, STATE, TOUCHED_AT FROM CUSTOMER_IMPORT ORDER BY ID");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    result.add(new Unfinished(rows.getLong(1), rows.getString(2), PUBLISHED.equals(rows.getString(3)),
                            Instant.ofEpochMilli(rows.getLong(4))));
                }
            }
            return result;
        });
    }
}
