package dev.candor.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.candor.model.CandorFactory;
import dev.candor.model.Commitment;
import dev.candor.model.CommitmentChange;
import dev.candor.model.CommitmentKind;
import dev.candor.model.CommitmentStatus;
import dev.candor.model.Priority;
import dev.candor.store.CommitmentRepository;
import dev.candor.store.CommitmentSummary;
import dev.candor.store.KeptRate;
import dev.candor.store.StoreException;

/** Commitments in COMMITMENT; their history in COMMITMENT_CHANGE, append-only. */
final class CommitmentRows implements CommitmentRepository {

    static final String COLUMNS = "CUSTOMER_ID, DESCRIPTION, PROMISED_TO, OWNER, CREATED_AT, DUE_AT, PRIORITY,"
            + " STATUS, SOURCE_INTERACTION_ID, KIND, CLOSED_AT";
    /** The statuses of a commitment still to be kept, as SQL: see {@link CommitmentSummary#isOpen(CommitmentStatus)}. */
    static final String OPEN_STATUSES = "('open', 'renegotiated')";
    private static final CommitmentStatus[] OPEN = { CommitmentStatus.OPEN, CommitmentStatus.RENEGOTIATED };
    private static final String SUMMARY = "SELECT C.ID, C.VERSION, C.CUSTOMER_ID, CU.NAME, C.DESCRIPTION, C.OWNER,"
            + " C.CREATED_AT, C.DUE_AT, C.CLOSED_AT, C.PRIORITY, C.STATUS, C.KIND, C.SOURCE_INTERACTION_ID"
            + " FROM COMMITMENT C JOIN CUSTOMER CU ON CU.ID = C.CUSTOMER_ID";

    private final JdbcSession session;
    private final Connection connection;

    CommitmentRows(JdbcSession session) {
        this.session = session;
        this.connection = session.connection();
    }

    @Override
    public Optional<Commitment> find(long id) throws StoreException {
        return SqlErrors.run(() -> {
            List<Commitment> found = query("WHERE ID = ?", id);
            return found.isEmpty() ? Optional.<Commitment>empty() : Optional.of(found.get(0));
        });
    }

    @Override
    public List<Commitment> listForCustomer(long customerId) throws StoreException {
        return SqlErrors.run(() -> query("WHERE CUSTOMER_ID = ? ORDER BY DUE_AT, ID", customerId));
    }

    @Override
    public List<Commitment> listForInteraction(long interactionId) throws StoreException {
        return SqlErrors.run(() -> query("WHERE SOURCE_INTERACTION_ID = ? ORDER BY DUE_AT, ID", interactionId));
    }

    @Override
    public List<CommitmentSummary> summaries(long customerId, boolean openOnly) throws StoreException {
        StringBuilder sql = new StringBuilder(SUMMARY);
        List<String> conditions = new ArrayList<>();
        if (customerId > 0) {
            conditions.add("C.CUSTOMER_ID = ?");
        }
        if (openOnly) {
            conditions.add("C.STATUS IN " + OPEN_STATUSES);
        }
        if (!conditions.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", conditions));
        }
        return SqlErrors.run(() -> {
            List<CommitmentSummary> result = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
                if (customerId > 0) {
                    select.setLong(1, customerId);
                }
                select.setFetchSize(1000);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        result.add(summary(rows));
                    }
                }
            }
            // Sorted here: Derby would sort the joined rows on disk for a large table.
            result.sort(BY_DUE);
            return result;
        });
    }

    private static final java.util.Comparator<CommitmentSummary> BY_DUE = java.util.Comparator
            .comparingLong(CommitmentSummary::dueAt).thenComparingLong(CommitmentSummary::id);

    @Override
    public List<CommitmentSummary> firstOpen(int limit) throws StoreException {
        // ORDER BY exactly the index (STATUS, DUE_AT): Derby then reads it in order and stops
        // after the limit instead of sorting every open commitment; ties are ordered in openByDue
        List<CommitmentSummary> result = SqlErrors.run(() -> openByDue(" ORDER BY C.DUE_AT FETCH FIRST " + limit + " ROWS ONLY", null));
        return result.size() > limit ? new ArrayList<>(result.subList(0, limit)) : result;
    }

    @Override
    public List<CommitmentSummary> openDueBefore(java.util.Date limit) throws StoreException {
        return SqlErrors.run(() -> openByDue(" AND C.DUE_AT < ? ORDER BY C.DUE_AT", limit));
    }

    @Override
    public List<CommitmentSummary> openOf(String owner, java.util.Date limit) throws StoreException {
        return SqlErrors.run(() -> {
            List<CommitmentSummary> result = new ArrayList<>();
            for (CommitmentStatus status : OPEN) {
                try (PreparedStatement select = connection.prepareStatement(SUMMARY
                        + " WHERE C.OWNER = ? AND C.STATUS = ? AND C.DUE_AT < ?")) {
                    select.setString(1, owner);
                    select.setString(2, status.getLiteral());
                    Rows.setInstant(select, 3, limit);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            result.add(summary(rows));
                        }
                    }
                }
            }
            result.sort(java.util.Comparator.comparingLong(CommitmentSummary::dueAt)
                    .thenComparingLong(CommitmentSummary::id));
            return result;
        });
    }

    /**
     * Open and renegotiated commitments, one index range of (STATUS, DUE_AT) per status merged
     * here, since Derby cannot read an IN list in index order; soonest due first.
     *
     * @param tail     what follows {@code WHERE C.STATUS = ?}
     * @param dueLimit the value of a second parameter in {@code tail}, or null
     */
    private List<CommitmentSummary> openByDue(String tail, java.util.Date dueLimit) throws SQLException {
        List<CommitmentSummary> result = new ArrayList<>();
        for (CommitmentStatus status : OPEN) {
            try (PreparedStatement select = connection.prepareStatement(SUMMARY + " WHERE C.STATUS = ?" + tail)) {
                select.setString(1, status.getLiteral());
                if (dueLimit != null) {
                    Rows.setInstant(select, 2, dueLimit);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        result.add(summary(rows));
                    }
                }
            }
        }
        result.sort(BY_DUE);
        return result;
    }

    private static CommitmentSummary summary(ResultSet rows) throws SQLException {
        // a missing time reads as 0, which CommitmentSummary takes for "none"
        return new CommitmentSummary(rows.getLong(1), rows.getInt(2), rows.getLong(3), rows.getString(4),
                rows.getString(5), rows.getString(6), rows.getLong(7), rows.getLong(8), rows.getLong(9),
                Priority.get(rows.getString(10)),
                CommitmentStatus.get(rows.getString(11)), CommitmentKind.get(rows.getString(12)),
                Rows.longOrNull(rows, 13));
    }

    @Override
    public List<KeptRate> keptRates(boolean byOwner, java.util.Date now) throws StoreException {
        String counts = "SUM(CASE WHEN C.STATUS = 'kept' AND C.CLOSED_AT <= C.DUE_AT THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN C.STATUS = 'kept' AND C.CLOSED_AT > C.DUE_AT THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN C.STATUS = 'broken' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN C.STATUS IN " + OPEN_STATUSES + " AND C.DUE_AT < ? THEN 1 ELSE 0 END)";
        String sql = byOwner ? "SELECT C.OWNER, C.OWNER, " + counts + " FROM COMMITMENT C GROUP BY C.OWNER"
                : "SELECT CU.ID, CU.NAME, " + counts
                        + " FROM COMMITMENT C JOIN CUSTOMER CU ON CU.ID = C.CUSTOMER_ID GROUP BY CU.ID, CU.NAME";
        return SqlErrors.run(() -> {
            List<KeptRate> result = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                Rows.setInstant(select, 1, now);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        result.add(new KeptRate(rows.getString(1), rows.getString(2), rows.getLong(3),
                                rows.getLong(4), rows.getLong(5), rows.getLong(6)));
                    }
                }
            }
            result.sort(java.util.Comparator.comparing(KeptRate::label, String.CASE_INSENSITIVE_ORDER));
            return result;
        });
    }

    private List<Commitment> query(String where, long parameter) throws SQLException {
        List<Commitment> result = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT ID, VERSION, " + COLUMNS + " FROM COMMITMENT " + where)) {
            select.setLong(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Commitment c = CandorFactory.eINSTANCE.createCommitment();
                    c.setId(rows.getLong(1));
                    c.setVersion(rows.getInt(2));
                    c.setCustomerId(rows.getLong(3));
                    c.setDescription(rows.getString(4));
                    c.setPromisedTo(rows.getString(5));
                    c.setOwner(rows.getString(6));
                    c.setCreatedAt(Rows.date(rows, 7));
                    c.setDueAt(Rows.date(rows, 8));
                    c.setPriority(Priority.get(rows.getString(9)));
                    c.setStatus(CommitmentStatus.get(rows.getString(10)));
                    c.setSourceInteractionId(Rows.longOrNull(rows, 11));
                    c.setKind(CommitmentKind.get(rows.getString(12)));
                    c.setClosedAt(Rows.date(rows, 13));
                    result.add(c);
                }
            }
        }
        for (Commitment commitment : result) {
            readHistory(commitment);
        }
        return result;
    }

    private void readHistory(Commitment commitment) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT CHANGED_AT, CHANGED_BY, FROM_STATUS,"
                + " TO_STATUS, PREVIOUS_DUE_AT, NEW_DUE_AT, NOTE FROM COMMITMENT_CHANGE WHERE COMMITMENT_ID = ? ORDER BY POS")) {
            select.setLong(1, commitment.getId());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    CommitmentChange change = CandorFactory.eINSTANCE.createCommitmentChange();
                    change.setChangedAt(Rows.date(rows, 1));
                    change.setChangedBy(rows.getString(2));
                    change.setFromStatus(CommitmentStatus.get(rows.getString(3)));
                    change.setToStatus(CommitmentStatus.get(rows.getString(4)));
                    change.setPreviousDueAt(Rows.date(rows, 5));
                    change.setNewDueAt(Rows.date(rows, 6));
                    change.setNote(rows.getString(7));
                    commitment.getHistory().add(change);
                }
            }
        }
    }

    @Override
    public Commitment save(Commitment commitment) throws StoreException {
        List<String> sizes = new ArrayList<>();
        Rows.fits(sizes, dev.candor.model.validation.ModelValidation.label(dev.candor.model.CandorPackage.Literals.COMMITMENT__PROMISED_TO), commitment.getPromisedTo(), 500);
        for (CommitmentChange change : commitment.getHistory()) {
            Rows.fits(sizes, Messages.What_StatusNote, change.getNote(), 4000);
        }
        if (commitment.getCustomerId() <= 0) {
            sizes.add(Messages.Commitment_NoCustomer);
        }
        Rows.check(commitment, sizes);
        return SqlErrors.run(() -> {
            if (commitment.getCreatedAt() == null) {
                commitment.setCreatedAt(session.now());
            }
            // Open means not closed: the kept-on-time rates rely on CLOSED_AT saying when.
            if (CommitmentSummary.isOpen(commitment.getStatus())) {
                commitment.setClosedAt(null);
            } else if (commitment.getClosedAt() == null) {
                commitment.setClosedAt(session.now());
            }
            int storedChanges = 0;
            if (commitment.getId() != 0) {
                storedChanges = (int) Rows.count(connection,
                        "SELECT COUNT(*) FROM COMMITMENT_CHANGE WHERE COMMITMENT_ID = ?", commitment.getId());
            }
            Rows.upsert(session, "COMMITMENT", COLUMNS, commitment, CommitmentRows::bind,
                    org.eclipse.osgi.util.NLS.bind(Messages.What_Commitment, commitment.getDescription()));
            appendHistory(commitment, storedChanges);
            return commitment;
        });
    }

    private void appendHistory(Commitment commitment, int stored) throws SQLException {
        List<CommitmentChange> history = commitment.getHistory();
        if (history.size() < stored) {
            throw new IllegalStateException("The history of a commitment is append-only: " + stored //$NON-NLS-1$
                    + " changes are stored, the record being saved has " + history.size() + "."); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (history.size() == stored) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO COMMITMENT_CHANGE (COMMITMENT_ID, POS,"
                + " CHANGED_AT, CHANGED_BY, FROM_STATUS, TO_STATUS, PREVIOUS_DUE_AT, NEW_DUE_AT, NOTE)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int pos = stored; pos < history.size(); pos++) {
                CommitmentChange change = history.get(pos);
                insert.setLong(1, commitment.getId());
                insert.setInt(2, pos);
                Rows.setInstant(insert, 3, change.getChangedAt());
                insert.setString(4, change.getChangedBy());
                insert.setString(5, Rows.literal(change.getFromStatus()));
                insert.setString(6, Rows.literal(change.getToStatus()));
                Rows.setInstant(insert, 7, change.getPreviousDueAt());
                Rows.setInstant(insert, 8, change.getNewDueAt());
                insert.setString(9, change.getNote());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static int bind(PreparedStatement s, Commitment c) throws SQLException {
        s.setLong(1, c.getCustomerId());
        s.setString(2, c.getDescription());
        s.setString(3, c.getPromisedTo());
        s.setString(4, c.getOwner());
        Rows.setInstant(s, 5, c.getCreatedAt());
        Rows.setInstant(s, 6, c.getDueAt());
        s.setString(7, Rows.literal(c.getPriority()));
        s.setString(8, Rows.literal(c.getStatus()));
        Rows.setLongOrNull(s, 9, c.getSourceInteractionId());
        s.setString(10, Rows.literal(c.getKind()));
        Rows.setInstant(s, 11, c.getClosedAt());
        return 12;
    }

    @Override
    public void delete(long id, int expectedVersion) throws StoreException {
        SqlErrors.run(() -> {
            Rows.deleteVersioned(connection, "COMMITMENT", org.eclipse.osgi.util.NLS.bind(Messages.What_CommitmentId, id), id,
                    expectedVersion);
            return null;
        });
    }

    @Override
    public long count() throws StoreException {
        return SqlErrors.run(() -> Rows.count(connection, "SELECT COUNT(*) FROM COMMITMENT", null));
    }
}
