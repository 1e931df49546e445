package dev.candor.history.ui.internal;

import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.candor.history.GlobalSearch;

/** The search service of the open database, registered once the database is open. */
final class SearchAccess {

    private SearchAccess() {
    }

    static Optional<GlobalSearch> await(long millis) {
        Bundle bundle = FrameworkUtil.getBundle(SearchAccess.class);
        if (bundle == null || bundle.getBundleContext() == null) {
            return Optional.empty();
        }
        ServiceTracker<GlobalSearch, GlobalSearch> tracker = new ServiceTracker<>(bundle.getBundleContext(),
                GlobalSearch.class, null);
        tracker.open();
        try {
            return Optional.ofNullable(millis == 0 ? tracker.getService() : tracker.waitForService(millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            tracker.close();
        }
    }
}
