package dev.candor.ethics.ui.internal;

import dev.candor.layouts.TeamLayouts;
import dev.candor.store.CandorStore;
import dev.candor.store.StoreException;
import dev.candor.ui.CandorUi;

/** Whether the person at this Candor may change what the whole team's reviews use (templates, settings). */
final class Administration {

    private Administration() {
    }

    /** Only the team's administrators (everyone while it has none); a policy that cannot be read allows nobody. */
    static boolean mayAdminister(CandorStore store) {
        try {
            return store.call(TeamLayouts::policy).mayAdminister(CandorUi.currentUser());
        } catch (StoreException e) {
            return false;
        }
    }
}
