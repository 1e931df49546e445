package dev.candor.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.candor.model.CandorFactory;
import dev.candor.model.Feedback;
import dev.candor.store.FeedbackRepository;
import dev.candor.store.StoreException;

/** Customer feedback in FEEDBACK. */
final class FeedbackRows implements FeedbackRepository {

    private static final String COLUMNS = "CUSTOMER_ID, INTERACTION_ID, RECEIVED_AT, RATING, TEXT, ANSWERED_AT, ACTION_TAKEN";

    private final JdbcSession session;
    private final Connection connection;

    FeedbackRows(JdbcSession session) {
        this.session = session;
        this.connection = session.connection();
    }

    @Override
    public Optional<Feedback> find(long id) throws StoreException {
        return SqlErrors.run("read feedback " + id, () -> {
            List<Feedback> found = query("WHERE ID = ?", id);
            return found.isEmpty() ? Optional.<Feedback>empty() : Optional.of(found.get(0));
        });
    }

    @Override
    public List<Feedback> listForCustomer(long customerId) throws StoreException {
        return SqlErrors.run("list feedback", () -> query("WHERE CUSTOMER_ID = ? ORDER BY RECEIVED_AT DESC", customerId));
    }

    @Override
    public List<Feedback> listReceived(java.util.Date from, java.util.Date to, int limit) throws StoreException {
        if (limit <= 0) {
            return List.of();
        }
        return SqlErrors.run("list feedback received", () -> query(
                "WHERE RECEIVED_AT >= ? AND RECEIVED_AT < ? ORDER BY RECEIVED_AT DESC, ID DESC", limit,
                from.getTime(), to.getTime()));
    }

    private List<Feedback> query(String where, long parameter) throws SQLException {
        return query(where, 0, parameter);
    }

    private List<Feedback> query(String where, int limit, Object... parameters) throws SQLException {
        List<Feedback> result = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT ID, VERSION, " + COLUMNS + " FROM FEEDBACK " + where)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            select.setMaxRows(limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Feedback f = CandorFactory.eINSTANCE.createFeedback();
                    f.setId(rows.getLong(1));
                    f.setVersion(rows.getInt(2));
                    f.setCustomerId(rows.getLong(3));
                    f.setInteractionId(Rows.longOrNull(rows, 4));
                    f.setReceivedAt(Rows.date(rows, 5));
                    f.setRating(rows.getInt(6));
                    f.setText(rows.getString(7));
                    f.setAnsweredAt(Rows.date(rows, 8));
                    f.setActionTaken(rows.getString(9));
                    result.add(f);
                }
            }
        }
        return result;
    }

    @Override
    public Feedback save(Feedback feedback) throws StoreException {
        List<String> sizes = new ArrayList<>();
        Rows.fits(sizes, "Feedback text", feedback.getText(), 32000);
        Rows.fits(sizes, "Action taken", feedback.getActionTaken(), 4000);
        if (feedback.getCustomerId() <= 0) {
            sizes.add("The feedback belongs to no customer.");
        }
        Rows.check(feedback, sizes);
        return SqlErrors.run("save feedback", () -> {
            Rows.upsert(session, "FEEDBACK", COLUMNS, feedback, FeedbackRows::bind, "The feedback");
            return feedback;
        });
    }

    private static int bind(PreparedStatement s, Feedback f) throws SQLException {
        s.setLong(1, f.getCustomerId());
        Rows.setLongOrNull(s, 2, f.getInteractionId());
        Rows.setInstant(s, 3, f.getReceivedAt());
        s.setInt(4, f.getRating());
        s.setString(5, f.getText());
        Rows.setInstant(s, 6, f.getAnsweredAt());
        s.setString(7, f.getActionTaken());
        return 8;
    }
}
