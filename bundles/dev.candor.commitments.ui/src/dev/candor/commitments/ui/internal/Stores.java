package dev.candor.commitments.ui.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;

import dev.candor.commitments.ResponsePolicies;
import dev.candor.store.StoreException;
import dev.candor.store.StoreSession;

/** Small helpers shared by the handlers and dialogs of this bundle. */
final class Stores {

    private Stores() {
    }

    /** The teams' policies; a stored policy that no longer reads is logged and its defaults used. */
    static ResponsePolicies policies(StoreSession session) throws StoreException {
        List<String> problems = new ArrayList<>();
        ResponsePolicies policies = ResponsePolicies.load(session, dev.candor.ui.CandorUi.clock().getZone(), problems);
        for (String problem : problems) {
            ILog.of(Stores.class).log(Status.warning(problem));
        }
        return policies;
    }
}
