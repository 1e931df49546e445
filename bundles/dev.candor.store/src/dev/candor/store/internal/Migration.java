package dev.candor.store.internal;

import java.sql.Connection;
import java.sql.SQLException;

/** One step of the schema; applied once, in its own transaction. */
interface Migration {
    int version();

    String description();

    void apply(Connection connection) throws SQLException;
}
