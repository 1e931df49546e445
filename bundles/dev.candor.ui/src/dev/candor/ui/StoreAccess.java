package dev.candor.ui;

import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.candor.store.CandorStore;

/**
 * The open database, as registered in the OSGi service registry by the
 * application once it has opened (and migrated) it, which may be a moment
 * after the views were created.
 *
 * @since 0.1
 */
public final class StoreAccess {

    private StoreAccess() {
    }

    /** How long a view's job waits for the application to open the database. */
    public static final long OPEN_TIMEOUT_MILLIS = 120_000;

    /**
     * The database once the application has opened it: waits (in a job, never
     * in the UI thread) up to {@code millis}; empty if it did not open.
     */
    public static Optional<CandorStore> await(long millis) {
        Bundle bundle = FrameworkUtil.getBundle(StoreAccess.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return Optional.empty();
        }
        ServiceTracker<CandorStore, CandorStore> tracker = new ServiceTracker<>(context, CandorStore.class, null);
        tracker.open();
        try {
            return Optional.ofNullable(tracker.waitForService(millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            tracker.close();
        }
    }
}
