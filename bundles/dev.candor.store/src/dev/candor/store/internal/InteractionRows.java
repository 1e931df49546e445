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
        return SqlErrors.run(() -> {
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
        Rows.fits(sizes, dev.candor.model.validation.ModelValidation.label(dev.candor.model.CandorPackage.Literals.INTERACTION__NOTES), interaction.getNotes(), 32000);
        Rows.fits(sizes, dev.candor.model.validation.ModelValidation.label(dev.candor.model.CandorPackage.Literals.INTERACTION__PARTICIPANTS), Rows.joinLines(interaction.getParticipants()), 2000);
        Rows.fits(sizes, dev.candor.model.validation.ModelValidation.label(dev.candor.model.CandorPackage.Literals.INTERACTION__ACCOUNT_MANAGER), interaction.getAccountManager(), 500);
        for (String participant : interaction.getParticipants()) {
            if (participant.contains("\n")) { //$NON-NLS-1$
                sizes.add(org.eclipse.osgi.util.NLS.bind(Messages.Interaction_ParticipantLines, participant.replace('\n', ' ')));
            }
        }
        if (interaction.getCustomerId() <= 0) {
            sizes.add(Messages.Interaction_NoCustomer);
        }
        Rows.check(interaction, sizes);
    }

    @Override
    public Interaction save(Interaction interaction) throws StoreException {
        checkSizes(interaction);
        return SqlErrors.run(() -> {
            // No foreign key keeps the customer (see InteractionOwnerMigration): lock its row until the
            // commit, so a delete or merge of it waits for this save, or this save finds it gone.
            if (!Rows.lockCustomer(connection, interaction.getCustomerId())) {
                throw new dev.candor.store.InvalidDataException(List.of(org.eclipse.osgi.util.NLS.bind(
                        Messages.Interaction_CustomerGone, interaction.getSubject(), interaction.getCustomerId())));
            }
            Rows.upsert(session, "INTERACTION", COLUMNS, interaction, InteractionRows::bind,
                    org.eclipse.osgi.util.NLS.bind(Messages.What_Interaction, interaction.getSubject()), true);
            return interaction;
        });
    }

    @Override
    public void delete(long id, int expectedVersion) throws StoreException {
        SqlErrors.run(() -> {
            Rows.deleteVersioned(connection, "INTERACTION", org.eclipse.osgi.util.NLS.bind(Messages.What_InteractionId, id),
                    id, expectedVersion);
            // Promises (and other bundles' rows) outlive the record of the conversation they came from.
            List<String> unlinks = new ArrayList<>();
            unlinks.add("UPDATE COMMITMENT SET SOURCE_INTERACTION_ID = NULL WHERE SOURCE_INTERACTION_ID = ?");
            for (References.Column reference : session.references().interactions()) {
                unlinks.add("UPDATE " + reference.table() + " SET " + reference.column() + " = NULL WHERE "
                        + reference.column() + " = ?");
            }
            for (String unlink : unlinks) {
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
        return SqlErrors.run(() -> Rows.count(connection, "SELECT COUNT(*) FROM INTERACTION", null));
    }

    @Override
    public long countForCustomer(long customerId) throws StoreException {
        return SqlErrors.run(() -> Rows.count(connection,
                "SELECT COUNT(*) FROM INTERACTION WHERE CUSTOMER_ID = ?", customerId));
    }

    @Override
    public List<Interaction> findAll(List<Long> ids) throws StoreException {
        return SqlErrors.run(() -> Rows.byIds(connection,
                "SELECT ID, VERSION, " + COLUMNS + " FROM INTERACTION WHERE ID IN", ids, InteractionRows::read,
                Interaction::getId));
    }

    @Override
    public List<Interaction> listForCustomer(long customerId, int offset, int limit) throws StoreException {
        return SqlErrors.run(() -> {
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
