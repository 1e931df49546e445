package dev.candor.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.candor.model.CandorFactory;
import dev.candor.model.Channel;
import dev.candor.model.Direction;
import dev.candor.model.Interaction;
import dev.candor.store.InteractionRepository;
import dev.candor.store.StoreException;

/** Interactions in INTERACTION; participants are kept one per line. */
final class InteractionRows implements InteractionRepository {

    static final String COLUMNS = "CUSTOMER_ID, CHANNEL, DIRECTION, STARTED_AT, ENDED_AT, SUBJECT, NOTES, PARTICIPANTS,"
            + " ACCOUNT_MANAGER, AWAITING_RESPONSE";

    private final JdbcSession session;
    private final Connection connection;

    InteractionRows(JdbcSession session) {
        this.session = session;
        this.connection = session.connection();
    }

    @Override
    public Optional<Interaction> find(long id) throws StoreException {
        return SqlErrors.run("read interaction " + id, () -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT ID, VERSION, " + COLUMNS + " FROM INTERACTION WHERE ID = ?")) {
                select.setLong(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(read(rows)) : Optional.<Interaction>empty();
                }
            }
        });
    }

    static Interaction read(ResultSet rows) throws SQLException {
        Interaction i = CandorFactory.eINSTANCE.createInteraction();
        i.setId(rows.getLong(1));
        i.setVersion(rows.getInt(2));
        i.setCustomerId(rows.getLong(3));
        i.setChannel(Channel.get(rows.getString(4)));
        i.setDirection(Direction.get(rows.getString(5)));
        i.setStartedAt(Rows.date(rows, 6));
        i.setEndedAt(Rows.date(rows, 7));
        i.setSubject(rows.getString(8));
        i.setNotes(rows.getString(9));
        i.getParticipants().addAll(Rows.splitLines(rows.getString(10)));
        i.setAccountManager(rows.getString(11));
        i.setAwaitingResponse(rows.getBoolean(12));
        return i;
    }

    /** Binds the columns of {@link #COLUMNS}; returns the next parameter index. */
    static int bind(PreparedStatement s, Interaction i) throws SQLException {
        s.setLong(1, i.getCustomerId());
        s.setString(2, Rows.literal(i.getChannel()));
        s.setString(3, Rows.literal(i.getDirection()));
        Rows.setInstant(s, 4, i.getStartedAt());
        Rows.setInstant(s, 5, i.getEndedAt());
        s.setString(6, i.getSubject());
        s.setString(7, i.getNotes());
        s.setString(8, Rows.joinLines(i.getParticipants()));
        s.setString(9, i.getAccountManager());
        s.setBoolean(10, i.isAwaitingResponse());
        return 11;
    }

    static void checkSizes(Interaction interaction) throws StoreException {
        List<String> sizes = new ArrayList<>();
        Rows.fits(sizes, "Notes", interaction.getNotes(), 32000);
        Rows.fits(sizes, "Participants", Rows.joinLines(interaction.getParticipants()), 2000);
        Rows.fits(sizes, "Account manager", interaction.getAccountManager(), 500);
        for (String participant : interaction.getParticipants()) {
            if (participant.contains("\n")) {
                sizes.add("A participant's name may not span lines: \"" + participant.replace('\n', ' ') + "\".");
            }
        }
        if (interaction.getCustomerId() <= 0) {
            sizes.add("The interaction belongs to no customer.");
        }
        Rows.check(interaction, sizes);
    }

    @Override
    public Interaction save(Interaction interaction) throws StoreException {
        checkSizes(interaction);
        return SqlErrors.run("save the interaction \u201c" + interaction.getSubject() + "\u201d", () -> {
            if (Rows.count(connection, "SELECT COUNT(*) FROM CUSTOMER WHERE ID = ?", interaction.getCustomerId()) == 0) {
                throw new dev.candor.store.InvalidDataException(List.of("The customer of the interaction \u201c"
                        + interaction.getSubject() + "\u201d (#" + interaction.getCustomerId()
                        + ") does not exist (any more). Nothing was saved."));
            }
            Rows.upsert(session, "INTERACTION", COLUMNS, interaction, InteractionRows::bind,
                    "The interaction \u201c" + interaction.getSubject() + "\u201d", true);
            return interaction;
        });
    }

    @Override
    public void delete(long id, int expectedVersion) throws StoreException {
        SqlErrors.run("delete interaction " + id, () -> {
            Rows.deleteVersioned(connection, "INTERACTION", "The interaction " + id, id, expectedVersion);
            // Promises and feedback outlive the record of the conversation they came from.
            for (String unlink : new String[] {
                    "UPDATE COMMITMENT SET SOURCE_INTERACTION_ID = NULL WHERE SOURCE_INTERACTION_ID = ?",
                    "UPDATE FEEDBACK SET INTERACTION_ID = NULL WHERE INTERACTION_ID = ?" }) {
                try (PreparedStatement update = connection.prepareStatement(unlink)) {
                    update.setLong(1, id);
                    update.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public long count() throws StoreException {
        return SqlErrors.run("count interactions", () -> Rows.count(connection, "SELECT COUNT(*) FROM INTERACTION", null));
    }

    @Override
    public long countForCustomer(long customerId) throws StoreException {
        return SqlErrors.run("count interactions", () -> Rows.count(connection,
                "SELECT COUNT(*) FROM INTERACTION WHERE CUSTOMER_ID = ?", customerId));
    }

    @Override
    public List<Interaction> findAll(List<Long> ids) throws StoreException {
        return SqlErrors.run("read interactions", () -> Rows.byIds(connection,
                "SELECT ID, VERSION, " + COLUMNS + " FROM INTERACTION WHERE ID IN", ids, InteractionRows::read,
                Interaction::getId));
    }

    @Override
    public List<Interaction> listForCustomer(long customerId, int offset, int limit) throws StoreException {
        return SqlErrors.run("list interactions", () -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT ID, VERSION, " + COLUMNS
                    + " FROM INTERACTION WHERE CUSTOMER_ID = ? ORDER BY STARTED_AT DESC, ID DESC"
                    + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                select.setLong(1, customerId);
                select.setInt(2, offset);
                select.setInt(3, limit);
                List<Interaction> result = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        result.add(read(rows));
                    }
                }
                return result;
            }
        });
    }
}
