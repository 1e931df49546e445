package dev.candor.layouts.internal;

import java.util.Set;

import dev.candor.layouts.TeamLayouts;
import dev.candor.services.NotPermittedException;
import dev.candor.services.Permissions;
import dev.candor.store.CandorStore;
import dev.candor.store.StoreException;

/**
 * The team's {@link Permissions}: what changes how the whole team works (checklist templates,
 * ethics settings, response times, layouts and roles) only the team's administrators may do,
 * everyone while the team has none. Ranked above the default that permits everything; the
 * services ask it before every use case, so no client gets round it by hiding nothing.
 */
public final class TeamPermissions implements Permissions {

    /** The operations of administrators. */
    static final Set<String> ADMINISTRATIVE = Set.of("template.publish", "ethics-settings.save", "policy.save", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "layout.publish", "layout.withdraw", "team-policy.save"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private CandorStore store;

    /** Declarative Services: the open database. */
    public void setStore(CandorStore value) {
        store = value;
    }

    @Override
    public void check(String user, String operation) throws NotPermittedException {
        if (!ADMINISTRATIVE.contains(operation)) {
            return;
        }
        boolean permitted;
        try {
            permitted = store.call(TeamLayouts::policy).mayAdminister(user);
        } catch (StoreException e) {
            permitted = false; // a policy that cannot be read permits nobody
        }
        if (!permitted) {
            throw new NotPermittedException(user, operation);
        }
    }
}
