package dev.candor.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import dev.candor.store.AuditEntry;
import dev.candor.store.AuditRepository;
import dev.candor.store.InvalidDataException;
import dev.candor.store.StoreException;

/** The audit trail in AUDIT_ENTRY; rows are only ever inserted. */
final class AuditRows implements AuditRepository {

    private final Connection connection;

    AuditRows(JdbcSession session) {
        this.connection = session.connection();
    }

    @Override
    public AuditEntry append(AuditEntry entry) throws StoreException {
        List<String> problems = new ArrayList<>();
        if (entry.at() == null || entry.actor() == null || entry.actor().isBlank() || entry.action() == null
                || entry.action().isBlank() || entry.summary() == null || entry.summary().isBlank()) {
            problems.add(Messages.Audit_Incomplete);
        }
        Rows.fits(problems, Messages.What_AuditActor, entry.actor(), 500);
        Rows.fits(problems, Messages.What_AuditAction, entry.action(), 64);
        Rows.fits(problems, Messages.What_AuditSummary, entry.summary(), 4000);
        Rows.fits(problems, Messages.What_AuditDetails, entry.details(), 32000);
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
        return SqlErrors.run(() -> {
            try (PreparedStatement insert = Dialect.of(connection).prepareInsert(connection, "INSERT INTO AUDIT_ENTRY"
                    + " (LOGGED_AT, ACTOR, ACTION, SUBJECT_ID, SUMMARY, DETAILS) VALUES (?, ?, ?, ?, ?, ?)")) {
                Rows.setInstant(insert, 1, entry.at());
                insert.setString(2, entry.actor());
                insert.setString(3, entry.action());
                insert.setLong(4, entry.subjectId());
                insert.setString(5, entry.summary());
                insert.setString(6, entry.details());
                insert.executeUpdate();
                return new AuditEntry(Rows.generatedId(insert), entry.at(), entry.actor(), entry.action(),
                        entry.subjectId(), entry.summary(), entry.details());
            }
        });
    }

    @Override
    public List<AuditEntry> listForSubject(long subjectId) throws StoreException {
        return SqlErrors.run(() -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT ID, LOGGED_AT, ACTOR, ACTION, SUBJECT_ID,"
                    + " SUMMARY, DETAILS FROM AUDIT_ENTRY WHERE SUBJECT_ID = ? ORDER BY LOGGED_AT DESC, ID DESC")) {
                select.setLong(1, subjectId);
                List<AuditEntry> result = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        result.add(new AuditEntry(rows.getLong(1), Rows.date(rows, 2), rows.getString(3),
                                rows.getString(4), rows.getLong(5), rows.getString(6), rows.getString(7)));
                    }
                }
                return result;
            }
        });
    }
}
