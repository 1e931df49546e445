package dev.candor.store.internal;

import java.sql.SQLException;

import org.eclipse.osgi.util.NLS;

import dev.candor.store.DatabaseUnavailableException;
import dev.candor.store.DatabaseUnavailableException.Reason;
import dev.candor.store.StoreConfiguration;
import dev.candor.store.StoreException;
import dev.candor.store.StoreException.Code;

/**
 * Turns the database's SQL states into typed {@link StoreException}s whose message, in the user's
 * language, says what happened and what to do. The database's own text (English, technical)
 * stays in the cause, for the Error Log; it never is the message.
 */
final class SqlErrors {

    private SqlErrors() {
    }

    /** Runs {@code work}, translating a failure into a {@link StoreException}. */
    static <T> T run(SqlWork<T> work) throws StoreException {
        try {
            return work.run();
        } catch (SQLException e) {
            throw translate(e, null);
        }
    }

    /** The typed exception of a failed statement; {@code location} names the database where it matters. */
    static StoreException translate(SQLException e, String location) {
        String where = location == null ? "" : location; //$NON-NLS-1$
        for (SQLException cause = e; cause != null; cause = cause.getNextException()) {
            String state = String.valueOf(cause.getSQLState());
            if (state.equals("40XL1") || state.equals("40XL2") || state.equals("55P03")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                return new StoreException(Code.BUSY, Messages.Sql_Busy, e);
            }
            if (state.equals("40001") || state.equals("40P01")) { //$NON-NLS-1$ //$NON-NLS-2$
                return new StoreException(Code.DEADLOCK, Messages.Sql_Deadlock, e);
            }
            if (state.equals("08003") && ConnectionPool.CLOSED.equals(cause.getMessage())) { //$NON-NLS-1$
                return new StoreException(Code.CLOSED, Messages.Store_Closed, e);
            }
            // 57P01-57P03: a PostgreSQL server shut down, crashed or is starting
            if (state.startsWith("08") || state.equals("40XD1") || state.startsWith("57P")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                return new StoreException(Code.CONNECTION_LOST,
                        location == null ? Messages.Sql_LostUnnamed : NLS.bind(Messages.Sql_Lost, where), e, where);
            }
            if (state.equals("23505")) { //$NON-NLS-1$
                return new StoreException(Code.DUPLICATE, Messages.Sql_Duplicate, e);
            }
            if (state.equals("23503")) { //$NON-NLS-1$
                return new StoreException(Code.REFERENCE, Messages.Sql_Reference, e);
            }
            if (state.equals("XSDF4") || state.equals("XSLA4") || state.equals("53100")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                return new StoreException(Code.DISK_FULL, NLS.bind(Messages.Sql_DiskFull, where), e, where);
            }
        }
        return new StoreException(Code.FAILED, NLS.bind(Messages.Sql_Failed, e.getSQLState()), e, e.getSQLState());
    }

    /** Why a database could not be opened. */
    static DatabaseUnavailableException openFailure(StoreConfiguration configuration, SQLException e) {
        String where = configuration.toLocation();
        for (SQLException cause = e; cause != null; cause = cause.getNextException()) {
            String state = String.valueOf(cause.getSQLState());
            // 28P01/28000: PostgreSQL refused the password or the role; 08004: a driver's "no
            // password given" (PostgreSQL's driver; Derby's also says "no such database" with it)
            if (state.equals("28P01") || state.equals("28000") //$NON-NLS-1$ //$NON-NLS-2$
                    || state.equals("08004") && configuration.getMode() == StoreConfiguration.Mode.POSTGRESQL) { //$NON-NLS-1$
                return new DatabaseUnavailableException(Reason.SIGN_IN_FAILED,
                        NLS.bind(Messages.Open_SignInFailed, where, configuration.getUser()), e);
            }
            if (state.equals("3D000") || state.equals("XJ004") || state.equals("08004") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    && configuration.getMode() == StoreConfiguration.Mode.NETWORK
                    && String.valueOf(cause.getMessage()).contains(configuration.getDatabaseName())) {
                // Derby's client: "The connection was refused because the database X was not found"
                return new DatabaseUnavailableException(Reason.NO_SUCH_DATABASE,
                        NLS.bind(Messages.Open_NoSuchDatabase, where, configuration.getDatabaseName()), e);
            }
            if (state.equals("XSDB6")) { //$NON-NLS-1$
                return new DatabaseUnavailableException(Reason.LOCKED, NLS.bind(Messages.Open_Locked, where), e);
            }
            if (state.startsWith("XSDB") || state.startsWith("XSDG") || state.startsWith("XSLA") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    || state.equals("XBM0A") || state.equals("XBM05") || state.equals("XBM0J") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    || state.equals("XSLAN") || state.equals("XJ041") || state.equals("XCY03")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                return new DatabaseUnavailableException(Reason.CORRUPT, NLS.bind(Messages.Open_Corrupt, where), e);
            }
            if (state.startsWith("08") || state.startsWith("57P")) { //$NON-NLS-1$ //$NON-NLS-2$
                return new DatabaseUnavailableException(Reason.UNREACHABLE, NLS.bind(Messages.Open_Unreachable, where),
                        e);
            }
        }
        return new DatabaseUnavailableException(Reason.OTHER, NLS.bind(Messages.Open_Other, where, e.getSQLState()), e);
    }
}
