package dev.candor.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import dev.candor.store.ConflictException;
import dev.candor.store.InvalidDataException;
import dev.candor.store.SharedDocument;
import dev.candor.store.SharedDocuments;
import dev.candor.store.StoreException;

/** SHARED_DOCUMENT rows, versioned like records but keyed by name. */
final class SharedDocumentRows implements SharedDocuments {

    private final JdbcSession session;
    private final Connection connection;

    SharedDocumentRows(JdbcSession session) {
        this.session = session;
        this.connection = session.connection();
    }

    @Override
    public Optional<SharedDocument> find(String name) throws StoreException {
        return SqlErrors.run(() -> {
            List<SharedDocument> found = query("WHERE NAME = ?", name);
            return found.isEmpty() ? Optional.<SharedDocument>empty() : Optional.of(found.get(0));
        });
    }

    @Override
    public List<SharedDocument> list(String prefix) throws StoreException {
        String escaped = prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return SqlErrors.run(() -> query("WHERE NAME LIKE ? ESCAPE '!' ORDER BY NAME", escaped + "%"));
    }

    private List<SharedDocument> query(String where, String parameter) throws SQLException {
        List<SharedDocument> result = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT NAME, VERSION, CONTENT, UPDATED_AT, UPDATED_BY FROM SHARED_DOCUMENT " + where)) {
            select.setString(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    result.add(new SharedDocument(rows.getString(1), rows.getInt(2), rows.getString(3),
                            Rows.date(rows, 4), rows.getString(5)));
                }
            }
        }
        return result;
    }

    @Override
    public SharedDocument save(String name, String content, int expectedVersion, String by) throws StoreException {
        List<String> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add("A shared document needs a name.");
        } else {
            Rows.fits(problems, Messages.What_DocumentName, name, MAX_NAME);
        }
        if (content == null) {
            problems.add(org.eclipse.osgi.util.NLS.bind(Messages.Document_NoContent, name));
        }
        if (by == null || by.isBlank()) {
            problems.add(org.eclipse.osgi.util.NLS.bind(Messages.Document_NoAuthor, name));
        } else {
            Rows.fits(problems, Messages.What_DocumentAuthor, by, 500);
        }
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
        return SqlErrors.run(() -> {
            Date now = session.now();
            int version = expectedVersion + 1;
            if (expectedVersion == 0) {
                List<SharedDocument> existing = query("WHERE NAME = ?", name);
                if (!existing.isEmpty()) {
                    throw new ConflictException(org.eclipse.osgi.util.NLS.bind(Messages.Document_CreatedMeanwhile, name,
                            existing.get(0).updatedBy()), 0, 0, existing.get(0).version());
                }
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO SHARED_DOCUMENT"
                        + " (NAME, VERSION, CONTENT, UPDATED_AT, UPDATED_BY) VALUES (?, 1, ?, ?, ?)")) {
                    insert.setString(1, name);
                    insert.setString(2, content);
                    Rows.setInstant(insert, 3, now);
                    insert.setString(4, by);
                    insert.executeUpdate();
                }
            } else {
                try (PreparedStatement update = connection.prepareStatement("UPDATE SHARED_DOCUMENT SET VERSION = ?,"
                        + " CONTENT = ?, UPDATED_AT = ?, UPDATED_BY = ? WHERE NAME = ? AND VERSION = ?")) {
                    update.setInt(1, version);
                    update.setString(2, content);
                    Rows.setInstant(update, 3, now);
                    update.setString(4, by);
                    update.setString(5, name);
                    update.setInt(6, expectedVersion);
                    if (update.executeUpdate() == 0) {
                        throw conflict(name, expectedVersion);
                    }
                }
            }
            return new SharedDocument(name, version, content, now, by);
        });
    }

    @Override
    public void delete(String name, int expectedVersion) throws StoreException {
        SqlErrors.run(() -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM SHARED_DOCUMENT WHERE NAME = ? AND VERSION = ?")) {
                delete.setString(1, name);
                delete.setInt(2, expectedVersion);
                if (delete.executeUpdate() == 0) {
                    throw conflict(name, expectedVersion);
                }
            }
            return null;
        });
    }

    private ConflictException conflict(String name, int expected) throws SQLException {
        List<SharedDocument> current = query("WHERE NAME = ?", name);
        if (current.isEmpty()) {
            return new ConflictException(org.eclipse.osgi.util.NLS.bind(Messages.Document_DeletedMeanwhile, name), 0, expected, -1);
        }
        SharedDocument stored = current.get(0);
        return new ConflictException(org.eclipse.osgi.util.NLS.bind(Messages.Document_ChangedMeanwhile,
                new Object[] { name, stored.updatedBy(), stored.version(), expected }), 0, expected, stored.version());
    }
}
