package dev.candor.store.internal;

import java.sql.SQLException;

import dev.candor.store.StoreException;

/** JDBC work whose {@link SQLException} the caller translates. */
@FunctionalInterface
interface SqlWork<T> {
    T run() throws SQLException, StoreException;
}
