package dev.candor.app.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.prefs.BackingStoreException;

import dev.candor.store.CandorStore;
import dev.candor.store.StoreConfiguration;
import dev.candor.store.StoreException;
import dev.candor.store.StoreProvider;

/**
 * Opens the database on a thread of its own while the workbench window is
 * built (booting Derby is most of what Candor adds to a bare start), then
 * publishes it as an OSGi service; views wait for that service in their jobs.
 * A failure is handled in the UI thread with the bootstrap's dialogs, over
 * the window; choosing Exit closes the workbench.
 */
final class DatabaseStartup {

    private final BundleContext context;
    private final DatabaseBootstrap bootstrap;
    private final StoreConfiguration wanted;
    private final CompletableFuture<CandorStore> opening;
    private CandorStore store;
    private ServiceRegistration<CandorStore> registration;

    DatabaseStartup(BundleContext context, StoreProvider provider, DatabaseBootstrap bootstrap, StoreConfiguration wanted) {
        this.context = context;
        this.bootstrap = bootstrap;
        this.wanted = wanted;
        this.opening = CompletableFuture.supplyAsync(() -> {
            try {
                return provider.open(wanted);
            } catch (StoreException e) {
                throw new CompletionException(e);
            }
        });
    }

    StoreConfiguration wanted() {
        return wanted;
    }

    /** Called in the UI thread once the workbench runs. */
    void workbenchStarted(IWorkbench workbench) {
        Display display = workbench.getDisplay();
        opening.whenComplete((opened, error) -> display.asyncExec(() -> {
            if (display.isDisposed() || workbench.isClosing()) {
                return;
            }
            CandorStore ready = opened;
            if (error != null) {
                StoreException failure = error.getCause() instanceof StoreException e ? e
                        : new StoreException(String.valueOf(error.getCause()), error.getCause());
                ready = bootstrap.recover(wanted, failure);
                if (ready == null) {
                    workbench.close();
                    return;
                }
            }
            publish(workbench, ready);
        }));
    }

    private void publish(IWorkbench workbench, CandorStore opened) {
        store = opened;
        StoreConfiguration actual = opened.getConfiguration();
        if (!actual.toLocation().equals(wanted.toLocation())) {
            rememberChosenLocation(actual);
            for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
                window.getShell().setText(NLS.bind(Messages.WindowTitle, actual.toLocation()));
            }
        }
        // Scheduled before the service appears, so that whoever sees the store also sees the seeding.
        DemoSeedJob.scheduleIfWanted(opened, dev.candor.ui.CandorUi.clock());
        registration = context.registerService(CandorStore.class, opened, null);
    }

    /** The user picked another folder in the dialogs: keep it for next time. */
    private static void rememberChosenLocation(StoreConfiguration opened) {
        if (System.getProperty(CandorPreferences.DATABASE_PROPERTY) != null) {
            return;
        }
        CandorPreferences.node().put(CandorPreferences.DATABASE_LOCATION, opened.toLocation());
        try {
            CandorPreferences.node().flush();
        } catch (BackingStoreException e) {
            // kept for this session; the next start asks again
        }
    }

    /** After the workbench ended: background work ends, then the database shuts down cleanly. */
    void close() {
        Job.getJobManager().cancel(DemoSeedJob.FAMILY);
        try {
            Job.getJobManager().join(DemoSeedJob.FAMILY, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (registration != null) {
            registration.unregister();
        }
        CandorStore toClose = store;
        if (toClose == null) {
            // never published (exit during a dialog, or still opening): close what did open
            toClose = opening.handle((opened, error) -> opened).join();
        }
        if (toClose != null) {
            toClose.close();
        }
    }
}
