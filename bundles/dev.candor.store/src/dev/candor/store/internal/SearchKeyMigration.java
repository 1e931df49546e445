package dev.candor.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import dev.candor.store.SearchKeys;

/**
 * Schema 3: a folded search key per customer, so that filtering and duplicate
 * detection ignore case and diacritics. Existing customers are backfilled.
 */
final class SearchKeyMigration implements Migration {

    @Override
    public int version() {
        return 3;
    }

    @Override
    public String description() {
        return "customer search key";
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        Dialect dialect = Dialect.of(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute(dialect.ddl("ALTER TABLE CUSTOMER ADD COLUMN SEARCH_KEY VARCHAR(2000) NOT NULL DEFAULT ''"));
            statement.execute(dialect.ddl("ALTER TABLE CUSTOMER ADD COLUMN NAME_KEY VARCHAR(500) NOT NULL DEFAULT ''"));
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT ID, NAME, ORGANISATION, EMAIL, PHONE, CITY FROM CUSTOMER");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE CUSTOMER SET SEARCH_KEY = ?, NAME_KEY = ? WHERE ID = ?");
                ResultSet rows = select.executeQuery()) {
            int pending = 0;
            while (rows.next()) {
                update.setString(1, CustomerRows.searchKey(rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), rows.getString(6)));
                update.setString(2, SearchKeys.fold(rows.getString(2)));
                update.setLong(3, rows.getLong(1));
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
            statement.execute("CREATE INDEX CUSTOMER_NAME_KEY ON CUSTOMER (NAME_KEY)");
        }
    }
}
