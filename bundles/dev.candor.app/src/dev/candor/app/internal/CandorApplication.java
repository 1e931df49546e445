package dev.candor.app.internal;

import java.util.function.Supplier;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import dev.candor.store.StoreConfiguration;
import dev.candor.store.StoreProvider;

/**
 * Candor's application: opens the database while the window comes up
 * (asking the user when it cannot; even the store provider is got in the
 * opening thread, since getting it loads Derby), publishes it as an OSGi service for the
 * views, runs the workbench, and shuts the database down cleanly on exit.
 */
public final class CandorApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        Display display = PlatformUI.createDisplay();
        BundleContext bundleContext = FrameworkUtil.getBundle(CandorApplication.class).getBundleContext();
        ServiceReference<StoreProvider> providerReference = bundleContext.getServiceReference(StoreProvider.class);
        if (providerReference == null) {
            throw new IllegalStateException("No Candor store provider: is Declarative Services (org.apache.felix.scr) started?"); //$NON-NLS-1$
        }
        Supplier<StoreProvider> provider = once(() -> bundleContext.getService(providerReference));
        DatabaseBootstrap bootstrap = new DatabaseBootstrap(provider, new DialogPrompter(display));
        StoreConfiguration wanted = bootstrap.configuration(CandorPreferences.configuredLocation(),
                CandorPreferences.defaultLocation());
        DatabaseStartup database = new DatabaseStartup(bundleContext, provider, bootstrap, wanted);
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new CandorWorkbenchAdvisor(database));
            return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            database.close();
            display.dispose();
        }
    }

    /** {@code supplier}'s answer, asked for once, by whichever thread needs it first. */
    private static <T> Supplier<T> once(Supplier<T> supplier) {
        java.util.concurrent.atomic.AtomicReference<T> value = new java.util.concurrent.atomic.AtomicReference<>();
        return () -> {
            synchronized (value) {
                if (value.get() == null) {
                    value.set(supplier.get());
                }
                return value.get();
            }
        };
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
