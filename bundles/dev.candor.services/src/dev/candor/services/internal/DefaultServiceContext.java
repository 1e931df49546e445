package dev.candor.services.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import dev.candor.services.Change;
import dev.candor.services.DataChange;
import dev.candor.services.DataTopics.Kind;
import dev.candor.services.Identity;
import dev.candor.services.Permissions;
import dev.candor.services.ServiceContext;
import dev.candor.store.AuditEntry;
import dev.candor.store.CandorStore;
import dev.candor.store.StoreException;
import dev.candor.store.StoreSession;
import dev.candor.store.StoreWork;

/** {@link ServiceContext} on a store: permission, transaction, audit, and changes announced after the commit. */
public final class DefaultServiceContext implements ServiceContext {

    private final CandorStore store;
    private final Clock clock;
    private final Identity identity;
    private final Permissions permissions;
    private final Consumer<DataChange> announce;
    /** This client, in the change log: its own changes are announced here at once, not read back. */
    private final String origin = java.util.UUID.randomUUID().toString();

    public DefaultServiceContext(CandorStore store, Clock clock, Identity identity, Permissions permissions,
            Consumer<DataChange> announce) {
        this.store = store;
        this.clock = clock;
        this.identity = identity;
        this.permissions = permissions;
        this.announce = announce;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public String user() {
        return identity.user();
    }

    @Override
    public String location() {
        return store.getConfiguration().toLocation();
    }

    @Override
    public boolean permits(String operation) {
        try {
            permissions.check(identity.user(), operation);
            return true;
        } catch (dev.candor.services.NotPermittedException e) {
            return false;
        }
    }

    @Override
    public <T> T read(String operation, StoreWork<T> work) throws StoreException {
        permissions.check(identity.user(), operation);
        return store.call(work);
    }

    @Override
    public <T> T write(String operation, WriteWork<T> work) throws StoreException {
        String user = identity.user();
        permissions.check(user, operation);
        Instant now = clock.instant();
        List<DataChange> changes = new ArrayList<>();
        T result = store.call(session -> {
            changes.clear(); // nothing of a failed attempt is announced
            T value = work.run(new Recording(session, now, user, changes));
            for (DataChange change : changes) {
                log(session, change, now); // in the same transaction: the others learn of it as it commits
            }
            return value;
        });
        for (DataChange change : changes) {
            announce.accept(change);
        }
        return result;
    }

    @Override
    public void reload() {
        DataChange reload = DataChange.reload(identity.user());
        try {
            store.call(session -> log(session, reload, clock.instant()));
        } catch (StoreException e) {
            // the others then see it with their next change or F5; this client reloads anyway
        }
        announce.accept(reload);
    }

    /** This client's id in the change log. */
    public String origin() {
        return origin;
    }

    private Void log(dev.candor.store.StoreSession session, DataChange change, Instant at) throws StoreException {
        session.changeLog().append(origin, change.actor(), at,
                change.isReload() ? ChangeFollower.LOG_RELOAD : change.entity(),
                change.isReload() ? ChangeFollower.LOG_RELOAD : change.kind().name(), change.ids(),
                change.customerIds());
        return null;
    }

    private static final class Recording implements Change {
        private final StoreSession session;
        private final Instant now;
        private final String user;
        private final List<DataChange> changes;

        Recording(StoreSession session, Instant now, String user, List<DataChange> changes) {
            this.session = session;
            this.now = now;
            this.user = user;
            this.changes = changes;
        }

        @Override
        public StoreSession session() {
            return session;
        }

        @Override
        public Instant now() {
            return now;
        }

        @Override
        public String user() {
            return user;
        }

        @Override
        public AuditEntry audit(String action, long subjectId, String summary, String details) throws StoreException {
            return session.audit().append(new AuditEntry(0, Date.from(now), user, action, subjectId, summary, details));
        }

        @Override
        public void changed(String entity, Kind kind, long[] ids, long... customerIds) {
            changes.add(new DataChange(entity, kind, ids, customerIds, user));
        }
    }
}
