package dev.candor.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.function.Consumer;

import dev.candor.store.SearchDocument;
import dev.candor.store.SearchDocument.Kind;
import dev.candor.store.SearchFeed;
import dev.candor.store.StoreException;

/** Reads CHANGE_SEQ ranges of CUSTOMER and INTERACTION through their CHANGE_SEQ indexes. */
final class SearchFeedRows implements SearchFeed {

    private final Connection connection;

    SearchFeedRows(JdbcSession session) {
        this.connection = session.connection();
    }

    @Override
    public long lastChange() throws StoreException {
        return SqlErrors.run(() -> Math.max(
                Rows.count(connection, "SELECT COALESCE(MAX(CHANGE_SEQ), 0) FROM CUSTOMER", null),
                Rows.count(connection, "SELECT COALESCE(MAX(CHANGE_SEQ), 0) FROM INTERACTION", null)));
    }

    @Override
    public int changedSince(Kind kind, long after, int limit, Consumer<SearchDocument> consumer) throws StoreException {
        String sql = kind == Kind.CUSTOMER
                ? "SELECT ID, ID, CREATED_AT, NAME, ORGANISATION, EMAIL, PHONE, CITY, NOTES, CHANGE_SEQ"
                        + " FROM CUSTOMER WHERE CHANGE_SEQ > ? ORDER BY CHANGE_SEQ FETCH FIRST ? ROWS ONLY"
                : "SELECT ID, CUSTOMER_ID, STARTED_AT, SUBJECT, PARTICIPANTS, ACCOUNT_MANAGER, NOTES, CAST(NULL AS"
                        + " VARCHAR(1)), CAST(NULL AS VARCHAR(1)), CHANGE_SEQ"
                        + " FROM INTERACTION WHERE CHANGE_SEQ > ? ORDER BY CHANGE_SEQ FETCH FIRST ? ROWS ONLY";
        return SqlErrors.run(() -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setLong(1, after);
                select.setInt(2, limit);
                select.setFetchSize(Math.min(limit, 1000));
                int count = 0;
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        StringBuilder text = new StringBuilder();
                        for (int column = 5; column <= 9; column++) {
                            String part = rows.getString(column);
                            if (part != null && !part.isEmpty()) {
                                text.append(part).append('\n');
                            }
                        }
                        consumer.accept(new SearchDocument(kind, rows.getLong(1), rows.getLong(2), Rows.date(rows, 3),
                                rows.getString(4), text.toString(), rows.getLong(10)));
                        count++;
                    }
                }
                return count;
            }
        });
    }
}
