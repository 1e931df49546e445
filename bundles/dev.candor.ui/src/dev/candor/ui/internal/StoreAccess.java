package dev.candor.ui.internal;

import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import dev.candor.store.CandorStore;

/**
 * The open database, as registered in the OSGi service registry by the
 * application once it has opened (and migrated) it.
 */
public final class StoreAccess {

    private StoreAccess() {
    }

    public static Optional<CandorStore> current() {
        Bundle bundle = FrameworkUtil.getBundle(StoreAccess.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return Optional.empty();
        }
        ServiceReference<CandorStore> reference = context.getServiceReference(CandorStore.class);
        return reference == null ? Optional.empty() : Optional.ofNullable(context.getService(reference));
    }
}
