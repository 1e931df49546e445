package dev.candor.examples.feedback.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import dev.candor.examples.feedback.Answer;
import dev.candor.store.InvalidDataException;
import dev.candor.store.Sql;
import dev.candor.store.StoreException;
import dev.candor.nls.Plurals;

/** The example's repository: {@code FEEDBACK.ANSWER} through Candor's {@link Sql}. */
public final class Answers {

    static final String TABLE = "FEEDBACK.ANSWER"; //$NON-NLS-1$
    private static final String COLUMNS = "ID, VERSION, CUSTOMER_ID, INTERACTION_ID, RECEIVED_AT, RATING, TEXT," //$NON-NLS-1$
            + " ANSWERED_AT, ACTION_TAKEN"; //$NON-NLS-1$

    private final Sql sql;

    public Answers(Sql sql) {
        this.sql = sql;
    }

    private static final Sql.RowReader<Answer> ROW = row -> new Answer(row.getLong(1), row.getInt(2), row.getLong(3),
            row.getLongOrNull(4), row.getInstant(5), row.getInt(6), row.getString(7), row.getInstant(8),
            row.getString(9));

    public Optional<Answer> find(long id) throws StoreException {
        return sql.queryFirst("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE ID = ?", ROW, id); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** A customer's answers, newest first. */
    public List<Answer> listForCustomer(long customerId) throws StoreException {
        return sql.query("SELECT " + COLUMNS + " FROM " + TABLE //$NON-NLS-1$ //$NON-NLS-2$
                + " WHERE CUSTOMER_ID = ? ORDER BY RECEIVED_AT DESC, ID DESC", ROW, customerId); //$NON-NLS-1$
    }

    /** Answers received in [from, to), newest first, at most {@code limit}. */
    public List<Answer> listReceived(Instant from, Instant to, int limit) throws StoreException {
        if (limit <= 0) {
            return List.of();
        }
        return sql.query("SELECT " + COLUMNS + " FROM " + TABLE //$NON-NLS-1$ //$NON-NLS-2$
                + " WHERE RECEIVED_AT >= ? AND RECEIVED_AT < ? ORDER BY RECEIVED_AT DESC, ID DESC FETCH FIRST " //$NON-NLS-1$
                + limit + " ROWS ONLY", ROW, from, to); //$NON-NLS-1$
    }

    /** Stores a new answer (id 0); returns it with its id and version 1. */
    public Answer insert(Answer answer) throws StoreException {
        check(answer);
        long id = sql.insertVersioned(TABLE, values(answer));
        return new Answer(id, 1, answer.customerId(), answer.interactionId(), answer.receivedAt(), answer.rating(),
                answer.text(), answer.answeredAt(), answer.actionTaken());
    }

    /** Stores a changed answer if it is still at its version; returns it with the next version. */
    public Answer update(Answer answer) throws StoreException {
        check(answer);
        sql.updateVersioned(TABLE, answer.id(), answer.version(), values(answer),
                NLS.bind(Messages.What_Answer, answer.rating()));
        return new Answer(answer.id(), answer.version() + 1, answer.customerId(), answer.interactionId(),
                answer.receivedAt(), answer.rating(), answer.text(), answer.answeredAt(), answer.actionTaken());
    }

    private static Map<String, Object> values(Answer a) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("CUSTOMER_ID", a.customerId()); //$NON-NLS-1$
        values.put("INTERACTION_ID", a.interactionId()); //$NON-NLS-1$
        values.put("RECEIVED_AT", a.receivedAt()); //$NON-NLS-1$
        values.put("RATING", a.rating()); //$NON-NLS-1$
        values.put("TEXT", a.text()); //$NON-NLS-1$
        values.put("ANSWERED_AT", a.answeredAt()); //$NON-NLS-1$
        values.put("ACTION_TAKEN", a.actionTaken()); //$NON-NLS-1$
        return values;
    }

    /** Refuses an answer before anything is written, naming every problem. */
    static void check(Answer a) throws InvalidDataException {
        List<String> problems = new ArrayList<>();
        if (a.customerId() <= 0) {
            problems.add(Messages.Invalid_NoCustomer);
        }
        if (a.receivedAt() == null) {
            problems.add(Messages.Invalid_NoTime);
        }
        if (a.rating() < 0 || a.rating() > 10) {
            problems.add(NLS.bind(Messages.Invalid_Rating, a.rating()));
        }
        if (a.text() != null && a.text().length() > 32_000) {
            problems.add(Plurals.format(Messages.Invalid_TooLong, Messages.What_Text, a.text().length()));
        }
        if (a.actionTaken() != null && a.actionTaken().length() > 4_000) {
            problems.add(Plurals.format(Messages.Invalid_TooLong, Messages.What_Action, a.actionTaken().length()));
        }
        if (a.answeredAt() != null && a.receivedAt() != null && a.answeredAt().isBefore(a.receivedAt())) {
            problems.add(Messages.Invalid_AnsweredBeforeReceived);
        }
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
    }
}
