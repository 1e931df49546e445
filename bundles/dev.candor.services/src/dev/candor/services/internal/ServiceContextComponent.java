package dev.candor.services.internal;

import java.time.Clock;

import org.osgi.service.event.EventAdmin;

import dev.candor.services.Identity;
import dev.candor.services.Permissions;
import dev.candor.services.ServiceContext;
import dev.candor.store.CandorStore;
import dev.candor.store.StoreException;
import dev.candor.store.StoreWork;

/**
 * The {@link ServiceContext} service: there while Candor's database is open (it references the
 * {@link CandorStore} service the application registers), announcing changes on Event Admin.
 */
public final class ServiceContextComponent implements ServiceContext {

    private CandorStore store;
    private Clock clock;
    private Identity identity;
    private volatile Permissions permissions;
    private EventAdmin events;
    private DefaultServiceContext delegate;
    private ChangeFollower follower;

    public void setStore(CandorStore value) {
        store = value;
    }

    public void setClock(Clock value) {
        clock = value;
    }

    public void setIdentity(Identity value) {
        identity = value;
    }

    /** The best-ranked permissions, replaced when a better one comes (a dynamic reference). */
    public void setPermissions(Permissions value) {
        permissions = value;
    }

    public void unsetPermissions(Permissions value) {
        if (permissions == value) {
            permissions = null;
        }
    }

    public void setEvents(EventAdmin value) {
        events = value;
    }

    public void activate() {
        delegate = new DefaultServiceContext(store, clock, identity, (user, operation) -> {
            Permissions current = permissions;
            if (current == null) {
                throw new dev.candor.services.NotPermittedException(user, operation); // none yet: refuse
            }
            current.check(user, operation);
        },
                change -> events.postEvent(change.toEvent()));
        try {
            follower = new ChangeFollower(store, clock, delegate.origin(), change -> events.postEvent(change.toEvent()),
                    events::postEvent);
            follower.start();
        } catch (StoreException e) {
            // the database went away as it was published; this client then shows only its own changes
            follower = null;
        }
    }

    public void deactivate() {
        if (follower != null) {
            follower.stop();
            follower = null;
        }
    }

    @Override
    public Clock clock() {
        return delegate.clock();
    }

    @Override
    public String user() {
        return delegate.user();
    }

    @Override
    public String location() {
        return delegate.location();
    }

    @Override
    public boolean permits(String operation) {
        return delegate.permits(operation);
    }

    @Override
    public <T> T read(String operation, StoreWork<T> work) throws StoreException {
        return delegate.read(operation, work);
    }

    @Override
    public <T> T write(String operation, WriteWork<T> work) throws StoreException {
        return delegate.write(operation, work);
    }

    @Override
    public void reload() {
        delegate.reload();
    }
}
