package dev.candor.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Schema 7: INTERACTION.CUSTOMER_ID loses its foreign key. With a million
 * interactions, Derby spends milliseconds per row maintaining that key's
 * index when rows change customer, so a merge of 1,000 interactions took
 * seconds (0.25 ms a row without it). The store keeps the rule itself:
 * an interaction is saved only for a stored customer, and deleting a customer
 * deletes its interactions in the same transaction.
 */
final class InteractionOwnerMigration implements Migration {

    @Override
    public int version() {
        return 7;
    }

    @Override
    public String description() {
        return "interaction owner kept by the store";
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        List<String> keys = new ArrayList<>();
        Dialect dialect = Dialect.of(connection);
        try (PreparedStatement select = connection.prepareStatement(dialect.foreignKeysQuery())) {
            select.setString(1, dialect.name("INTERACTION"));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1)); // its only foreign key is the one to CUSTOMER
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String key : keys) {
                statement.execute("ALTER TABLE INTERACTION DROP CONSTRAINT \"" + key + "\"");
            }
        }
    }
}
