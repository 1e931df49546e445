package dev.candor.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import dev.candor.store.SearchKeys;

/**
 * Schema 5: duplicate-detection keys per customer, a change number on
 * customers and interactions for the search index, and the audit trail.
 * Existing rows are backfilled; the change sequence starts after them.
 */
final class ProfileKeysMigration implements Migration {

    @Override
    public int version() {
        return 5;
    }

    @Override
    public String description() {
        return "duplicate keys, change numbers and audit trail";
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        Dialect dialect = Dialect.of(connection);
        long customers;
        long interactions;
        try (Statement statement = connection.createStatement()) {
            statement.execute(dialect.ddl("ALTER TABLE CUSTOMER ADD COLUMN EMAIL_KEY VARCHAR(254)"));
            statement.execute(dialect.ddl("ALTER TABLE CUSTOMER ADD COLUMN PHONE_KEY VARCHAR(32)"));
            statement.execute(dialect.ddl("ALTER TABLE CUSTOMER ADD COLUMN DUP_NAME_KEY VARCHAR(500) NOT NULL DEFAULT ''"));
            statement.execute(dialect.ddl("ALTER TABLE CUSTOMER ADD COLUMN CHANGE_SEQ BIGINT NOT NULL DEFAULT 0"));
            statement.execute(dialect.ddl("ALTER TABLE INTERACTION ADD COLUMN CHANGE_SEQ BIGINT NOT NULL DEFAULT 0"));
            customers = max(statement, "CUSTOMER");
            interactions = max(statement, "INTERACTION");
            // Existing rows get distinct change numbers below the sequence's start.
            statement.executeUpdate("UPDATE INTERACTION SET CHANGE_SEQ = ID + " + customers);
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT ID, NAME, EMAIL, PHONE FROM CUSTOMER");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE CUSTOMER SET EMAIL_KEY = ?, PHONE_KEY = ?, DUP_NAME_KEY = ?, CHANGE_SEQ = ID WHERE ID = ?");
                ResultSet rows = select.executeQuery()) {
            int pending = 0;
            while (rows.next()) {
                update.setString(1, SearchKeys.email(rows.getString(3)));
                update.setString(2, SearchKeys.phone(rows.getString(4)));
                String name = SearchKeys.personName(rows.getString(2));
                update.setString(3, name.length() > 500 ? name.substring(0, 500) : name);
                update.setLong(4, rows.getLong(1));
                update.addBatch();
                if (++pending == 1000) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SEQUENCE CANDOR_CHANGE AS BIGINT START WITH " + (customers + interactions + 1));
            statement.execute("CREATE INDEX CUSTOMER_EMAIL_KEY ON CUSTOMER (EMAIL_KEY)");
            statement.execute("CREATE INDEX CUSTOMER_PHONE_KEY ON CUSTOMER (PHONE_KEY)");
            statement.execute("CREATE INDEX CUSTOMER_DUP_NAME_KEY ON CUSTOMER (DUP_NAME_KEY)");
            statement.execute("CREATE INDEX CUSTOMER_CHANGE ON CUSTOMER (CHANGE_SEQ)");
            statement.execute("CREATE INDEX INTERACTION_CHANGE ON INTERACTION (CHANGE_SEQ)");
            statement.execute(dialect.ddl("CREATE TABLE AUDIT_ENTRY ("
                    + " ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                    + " LOGGED_AT TIMESTAMP NOT NULL,"
                    + " ACTOR VARCHAR(500) NOT NULL,"
                    + " ACTION VARCHAR(64) NOT NULL,"
                    + " SUBJECT_ID BIGINT NOT NULL,"
                    + " SUMMARY VARCHAR(4000) NOT NULL,"
                    + " DETAILS VARCHAR(32000))"));
            statement.execute("CREATE INDEX AUDIT_SUBJECT ON AUDIT_ENTRY (SUBJECT_ID, LOGGED_AT)");
        }
    }

    private static long max(Statement statement, String table) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(ID), 0) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
