package dev.candor.store.internal;

import java.sql.SQLException;

import dev.candor.store.DatabaseUnavailableException;
import dev.candor.store.DatabaseUnavailableException.Reason;
import dev.candor.store.StoreConfiguration;
import dev.candor.store.StoreException;

/** Turns Derby's SQL states into messages a user can act on. */
final class SqlErrors {

    private SqlErrors() {
    }

    /** Runs {@code work}, translating a failure into a {@link StoreException} that says what {@code doing} was. */
    static <T> T run(String doing, SqlWork<T> work) throws StoreException {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException("Could not " + doing + ": " + describe(e), e);
        }
    }

    /** Why a database could not be opened. */
    static DatabaseUnavailableException openFailure(StoreConfiguration configuration, SQLException e) {
        String where = configuration.toLocation();
        for (SQLException cause = e; cause != null; cause = cause.getNextException()) {
            String state = String.valueOf(cause.getSQLState());
            if (state.equals("XSDB6")) {
                return new DatabaseUnavailableException(Reason.LOCKED, "The database at " + where
                        + " is in use by another Candor (or another program). Close it there, or choose another database.",
                        e);
            }
            if (state.startsWith("XSDB") || state.startsWith("XSDG") || state.startsWith("XSLA")
                    || state.equals("XBM0A") || state.equals("XBM05") || state.equals("XBM0J")
                    || state.equals("XSLAN") || state.equals("XJ041") || state.equals("XCY03")) {
                return new DatabaseUnavailableException(Reason.CORRUPT, "The folder " + where
                        + " does not hold a readable Candor database (its files are damaged or it is another kind of folder)."
                        + " Candor has not changed it. Restore it from a backup or choose another folder.", e);
            }
            if (state.startsWith("08")) {
                return new DatabaseUnavailableException(Reason.UNREACHABLE,
                        "Cannot reach the database server for " + where + ": " + cause.getMessage(), e);
            }
        }
        return new DatabaseUnavailableException(Reason.OTHER,
                "The database at " + where + " could not be opened: " + describe(e), e);
    }

    static String describe(SQLException e) {
        StringBuilder out = new StringBuilder(String.valueOf(e.getMessage()));
        for (SQLException next = e.getNextException(); next != null; next = next.getNextException()) {
            if (next.getMessage() != null && !out.toString().contains(next.getMessage())) {
                out.append(' ').append(next.getMessage());
            }
        }
        return out.toString();
    }
}
