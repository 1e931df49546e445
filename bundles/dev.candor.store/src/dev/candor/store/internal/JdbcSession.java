package dev.candor.store.internal;

import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import dev.candor.model.Identifiable;
import dev.candor.store.AuditRepository;
import dev.candor.store.CommitmentRepository;
import dev.candor.store.CustomerRepository;
import dev.candor.store.Sql;
import dev.candor.store.InteractionRepository;
import dev.candor.store.SearchFeed;
import dev.candor.store.SharedDocuments;
import dev.candor.store.ReviewRepository;
import dev.candor.store.StoreSession;

/**
 * The repositories of one transaction. Remembers the id and version of every
 * record it writes, so that a rollback also rolls back the caller's objects:
 * after a failed save they look exactly as before it.
 */
final class JdbcSession implements StoreSession {

    private record Saved(Identifiable record, long id, int version) {
    }

    private final Connection connection;
    private final Clock clock;
    private final List<Saved> saved = new ArrayList<>();
    private CustomerRows customers;
    private InteractionRows interactions;
    private CommitmentRows commitments;
    private JdbcSql sql;
    private AuditRows audit;
    private SearchFeedRows searchFeed;
    private SharedDocumentRows sharedDocuments;
    private ReviewRows reviews;
    private ChangeLogRows changeLog;
    private CustomerImportRows customerImports;

    private final References references;

    JdbcSession(Connection connection, Clock clock, References references) {
        this.connection = connection;
        this.clock = clock;
        this.references = references;
    }

    /** The columns of other bundles' tables that refer to customers and interactions. */
    References references() {
        return references;
    }

    /** The time a record written now gets when its caller left it open (creation, closing). */
    java.util.Date now() {
        return new java.util.Date(clock.millis());
    }

    Connection connection() {
        return connection;
    }

    void remember(Identifiable record) {
        saved.add(new Saved(record, record.getId(), record.getVersion()));
    }

    /** Puts back the ids and versions the records had before this transaction. */
    void restoreRecords() {
        for (int i = saved.size() - 1; i >= 0; i--) {
            Saved s = saved.get(i);
            s.record().setId(s.id());
            s.record().setVersion(s.version());
        }
    }

    @Override
    public CustomerRepository customers() {
        if (customers == null) {
            customers = new CustomerRows(this);
        }
        return customers;
    }

    @Override
    public InteractionRepository interactions() {
        if (interactions == null) {
            interactions = new InteractionRows(this);
        }
        return interactions;
    }

    @Override
    public CommitmentRepository commitments() {
        if (commitments == null) {
            commitments = new CommitmentRows(this);
        }
        return commitments;
    }

    @Override
    public Sql sql() {
        if (sql == null) {
            sql = new JdbcSql(connection);
        }
        return sql;
    }

    @Override
    public AuditRepository audit() {
        if (audit == null) {
            audit = new AuditRows(this);
        }
        return audit;
    }

    @Override
    public SearchFeed searchFeed() {
        if (searchFeed == null) {
            searchFeed = new SearchFeedRows(this);
        }
        return searchFeed;
    }

    @Override
    public SharedDocuments sharedDocuments() {
        if (sharedDocuments == null) {
            sharedDocuments = new SharedDocumentRows(this);
        }
        return sharedDocuments;
    }

    @Override
    public dev.candor.store.ChangeLog changeLog() {
        if (changeLog == null) {
            changeLog = new ChangeLogRows(this);
        }
        return changeLog;
    }

    @Override
    public ReviewRepository reviews() {
        if (reviews == null) {
            reviews = new ReviewRows(this);
        }
        return reviews;
    }

    @Override
    public dev.candor.store.CustomerImports customerImports() {
        if (customerImports == null) {
            customerImports = new CustomerImportRows(this, customers());
        }
        return customerImports;
    }
}
