package dev.candor.layouts.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import dev.candor.layouts.LayoutService;
import dev.candor.layouts.TeamLayout;
import dev.candor.layouts.TeamLayouts;
import dev.candor.layouts.TeamPolicy;
import dev.candor.services.DataTopics;
import dev.candor.services.DataTopics.Kind;
import dev.candor.services.ServiceContext;
import dev.candor.store.StoreException;

/**
 * {@link LayoutService} on a {@link ServiceContext}; also the Declarative Services component,
 * which gets the context once Candor's database is open.
 */
public final class LayoutServiceImpl implements LayoutService {

    private ServiceContext context;

    /** Declarative Services. */
    public LayoutServiceImpl() {
    }

    public LayoutServiceImpl(ServiceContext context) {
        this.context = context;
    }

    /** Declarative Services: the database's service context. */
    public void setContext(ServiceContext value) {
        context = value;
    }

    @Override
    public TeamPolicy policy() throws StoreException {
        return context.read(READ, TeamLayouts::policy);
    }

    @Override
    public boolean mayAdminister() throws StoreException {
        return policy().mayAdminister(context.user());
    }

    @Override
    public List<TeamLayout> all() throws StoreException {
        return context.read(READ, TeamLayouts::all);
    }

    @Override
    public Snapshot snapshot() throws StoreException {
        return context.read(READ, session -> new Snapshot(TeamLayouts.policy(session), TeamLayouts.all(session)));
    }

    @Override
    public Optional<TeamLayout> published(String perspectiveId) throws StoreException {
        return context.read(READ, session -> TeamLayouts.published(session, perspectiveId));
    }

    @Override
    public List<TeamLayout> newerThan(Map<String, Integer> applied) throws StoreException {
        return context.read(READ, session -> TeamLayouts.newerThan(session, applied));
    }

    @Override
    public TeamLayout publish(String perspectiveId, String model, Set<String> locked) throws StoreException {
        return context.write(PUBLISH, change -> {
            TeamLayout layout = TeamLayouts.publish(change.session(), perspectiveId, model, locked, change.user());
            change.audit(PUBLISH, 0, NLS.bind(Messages.Audit_Published, perspectiveId, layout.version()),
                    String.join(",", locked)); //$NON-NLS-1$
            change.changed(DataTopics.LAYOUT, Kind.UPDATED, new long[0]);
            return layout;
        });
    }

    @Override
    public void withdraw(TeamLayout layout) throws StoreException {
        context.write(WITHDRAW, change -> {
            TeamLayouts.withdraw(change.session(), layout, change.user());
            change.audit(WITHDRAW, 0, NLS.bind(Messages.Audit_Withdrawn, layout.perspectiveId(), layout.version()),
                    null);
            change.changed(DataTopics.LAYOUT, Kind.DELETED, new long[0]);
            return null;
        });
    }

    @Override
    public TeamPolicy savePolicy(TeamPolicy policy) throws StoreException {
        return context.write(SAVE_POLICY, change -> {
            TeamPolicy saved = TeamLayouts.savePolicy(change.session(), policy, change.user());
            change.audit(SAVE_POLICY, 0, NLS.bind(Messages.Audit_PolicySaved, saved.version()), saved.format());
            change.changed(DataTopics.SETTINGS, Kind.UPDATED, new long[0]);
            return saved;
        });
    }
}
