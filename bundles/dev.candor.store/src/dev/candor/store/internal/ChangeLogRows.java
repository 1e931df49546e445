package dev.candor.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import dev.candor.store.ChangeLog;
import dev.candor.store.LoggedChange;
import dev.candor.store.StoreException;

/** {@link ChangeLog} on the table CHANGE_LOG (schema 13). */
final class ChangeLogRows implements ChangeLog {

    /** The PostgreSQL channel the clients listen on; the payload is the change's number. */
    static final String CHANNEL = "candor_changes"; //$NON-NLS-1$
    private static final int LIST_LIMIT = 4000;
    private static final String COLUMNS = "SEQ, LOGGED_AT, ORIGIN, ACTOR, ENTITY, KIND, IDS, CUSTOMER_IDS"; //$NON-NLS-1$

    private final Connection connection;

    ChangeLogRows(JdbcSession session) {
        this.connection = session.connection();
    }

    @Override
    public LoggedChange append(String origin, String actor, Instant at, String entity, String kind, long[] ids,
            long[] customerIds) throws StoreException {
        return SqlErrors.run(() -> {
            Dialect dialect = Dialect.of(connection);
            long number;
            try (PreparedStatement next = connection.prepareStatement(dialect.selectNextValue("CANDOR_CHANGE_LOG")); //$NON-NLS-1$
                    ResultSet r = next.executeQuery()) {
                r.next();
                number = r.getLong(1);
            }
            String idList = list(ids);
            String customerList = list(customerIds);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO CHANGE_LOG (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$ //$NON-NLS-2$
                insert.setLong(1, number);
                insert.setLong(2, at.toEpochMilli());
                insert.setString(3, truncate(origin, 64));
                insert.setString(4, truncate(actor, 500));
                insert.setString(5, entity);
                insert.setString(6, kind);
                insert.setString(7, idList);
                insert.setString(8, customerList);
                insert.executeUpdate();
            }
            if (dialect == Dialect.POSTGRESQL) {
                // delivered to the listeners when this transaction commits, never if it rolls back
                try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) { //$NON-NLS-1$
                    notify.setString(1, CHANNEL);
                    notify.setString(2, Long.toString(number));
                    notify.executeQuery().close();
                }
            }
            return new LoggedChange(number, Instant.ofEpochMilli(at.toEpochMilli()), origin, actor, entity, kind,
                    idList.isEmpty() ? new long[0] : ids, customerList.isEmpty() ? new long[0] : customerIds);
        });
    }

    /** The ids as "1,2,3"; empty when they do not fit (the readers then take "not known one by one"). */
    private static String list(long[] ids) {
        if (ids == null || ids.length == 0) {
            return ""; //$NON-NLS-1$
        }
        String text = Arrays.stream(ids).mapToObj(Long::toString).collect(Collectors.joining(",")); //$NON-NLS-1$
        return text.length() > LIST_LIMIT ? "" : text; //$NON-NLS-1$
    }

    private static long[] ids(String text) {
        if (text == null || text.isEmpty()) {
            return new long[0];
        }
        return Arrays.stream(text.split(",")).mapToLong(Long::parseLong).toArray(); //$NON-NLS-1$
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    @Override
    public List<LoggedChange> since(long after, int limit) throws StoreException {
        return SqlErrors.run(() -> {
            List<LoggedChange> result = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS //$NON-NLS-1$
                    + " FROM CHANGE_LOG WHERE SEQ > ? ORDER BY SEQ FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")) { //$NON-NLS-1$ //$NON-NLS-2$
                select.setLong(1, after);
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        result.add(new LoggedChange(r.getLong(1), Instant.ofEpochMilli(r.getLong(2)), r.getString(3),
                                r.getString(4), r.getString(5), r.getString(6), ids(r.getString(7)),
                                ids(r.getString(8))));
                    }
                }
            }
            return result;
        });
    }

    @Override
    public long last() throws StoreException {
        return single("SELECT COALESCE(MAX(SEQ), 0) FROM CHANGE_LOG"); //$NON-NLS-1$
    }

    @Override
    public long first() throws StoreException {
        return single("SELECT COALESCE(MIN(SEQ), 0) FROM CHANGE_LOG"); //$NON-NLS-1$
    }

    private long single(String sql) throws StoreException {
        return SqlErrors.run(() -> {
            try (PreparedStatement select = connection.prepareStatement(sql); ResultSet r = select.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    @Override
    public int prune(Instant before) throws StoreException {
        return SqlErrors.run(() -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM CHANGE_LOG WHERE LOGGED_AT < ?")) { //$NON-NLS-1$
                delete.setLong(1, before.toEpochMilli());
                return delete.executeUpdate();
            }
        });
    }
}
