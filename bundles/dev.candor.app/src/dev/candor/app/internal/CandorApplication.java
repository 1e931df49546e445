package dev.candor.app.internal;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.prefs.BackingStoreException;

import dev.candor.store.CandorStore;
import dev.candor.store.StoreConfiguration;
import dev.candor.store.StoreProvider;

/**
 * Candor's application: opens the database (asking the user when it cannot),
 * publishes it as an OSGi service for the views, runs the workbench, and
 * shuts the database down cleanly on exit.
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
        StoreProvider provider = bundleContext.getService(providerReference);
        DatabaseBootstrap bootstrap = new DatabaseBootstrap(provider, new DialogPrompter(display));
        StoreConfiguration wanted = bootstrap.configuration(CandorPreferences.configuredLocation(),
                CandorPreferences.defaultLocation());
        CandorStore store = bootstrap.open(wanted);
        if (store == null) {
            display.dispose();
            return EXIT_OK;
        }
        rememberChosenLocation(wanted, store.getConfiguration());
        ServiceRegistration<CandorStore> registration = bundleContext.registerService(CandorStore.class, store, null);
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new CandorWorkbenchAdvisor(store));
            return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            // Background work (demo seeding, loads) must end before the database does.
            Job.getJobManager().cancel(DemoSeedJob.FAMILY);
            Job.getJobManager().join(DemoSeedJob.FAMILY, null);
            registration.unregister();
            store.close();
            display.dispose();
        }
    }

    /** The user picked another folder in the bootstrap dialogs: keep it for next time. */
    private static void rememberChosenLocation(StoreConfiguration wanted, StoreConfiguration opened) {
        if (!wanted.toLocation().equals(opened.toLocation()) && System.getProperty(CandorPreferences.DATABASE_PROPERTY) == null) {
            CandorPreferences.node().put(CandorPreferences.DATABASE_LOCATION, opened.toLocation());
            try {
                CandorPreferences.node().flush();
            } catch (BackingStoreException e) {
                // kept for this session; the next start asks again
            }
        }
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
