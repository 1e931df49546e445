package dev.candor.app.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

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
 * publishes it as an OSGi service from that thread, never the UI thread: the
 * application services (and their activation, which may write) appear with it.
 * Views wait for the services in their jobs; commands say that the database is
 * still opening. A failure is handled in the UI thread with the bootstrap's
 * dialogs, over the window; choosing Exit closes the workbench.
 */
public final class DatabaseStartup {

    private final BundleContext context;
    private final Supplier<StoreProvider> provider;
    private final DatabaseBootstrap bootstrap;
    private final StoreConfiguration wanted;
    private final CompletableFuture<CandorStore> opening;
    private CandorStore store;
    private ServiceRegistration<CandorStore> registration;
    private boolean closed;

    public DatabaseStartup(BundleContext context, StoreProvider provider, DatabaseBootstrap bootstrap, StoreConfiguration wanted) {
        this(context, () -> provider, bootstrap, wanted);
    }

    /**
     * With the provider asked for in the opening thread: getting it activates the store bundle and
     * loads Derby (half a second on two cores), which the UI thread should not wait for.
     */
    public DatabaseStartup(BundleContext context, Supplier<StoreProvider> provider, DatabaseBootstrap bootstrap,
            StoreConfiguration wanted) {
        this.context = context;
        this.provider = provider;
        this.bootstrap = bootstrap;
        this.wanted = wanted;
        dev.candor.ui.Services.databaseOpening(wanted.toLocation());
        this.opening = openAsync(wanted);
    }

    /** Opens {@code configuration} in a thread of its own; its failure is the future's. */
    private CompletableFuture<CandorStore> openAsync(StoreConfiguration configuration) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return provider.get().open(configuration);
            } catch (StoreException e) {
                throw new CompletionException(e);
            }
        });
    }

    StoreConfiguration wanted() {
        return wanted;
    }

    /** How long exiting waits for a database that is still opening. */
    private static final long CLOSE_WAIT_SECONDS = 10;

    /** Called in the UI thread once the workbench runs. */
    public void workbenchStarted(IWorkbench workbench) {
        Display display = workbench.getDisplay();
        // async: a database opened before the workbench ran would otherwise be published (and the
        // services activated) right here, in the UI thread
        opening.whenCompleteAsync((opened, error) -> {
            if (error == null) {
                publish(workbench, opened);
                return;
            }
            later(display, () -> recover(workbench, wanted, failure(error)));
        });
    }

    private static StoreException failure(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause instanceof StoreException e ? e : new StoreException(String.valueOf(cause), cause);
    }

    /**
     * In the UI thread, after {@code failure} to open {@code tried}: the bootstrap's dialogs ask
     * what to do; the database chosen is opened in a thread of its own (a network database may
     * take the whole login timeout to answer), and a new failure asks again. Exit closes the
     * workbench.
     */
    private void recover(IWorkbench workbench, StoreConfiguration tried, StoreException failure) {
        dev.candor.ui.Services.databaseFailed(tried.toLocation(), failure.getLocalizedMessage());
        if (workbench.isClosing()) {
            return;
        }
        StoreConfiguration next = bootstrap.next(tried, failure);
        if (next == null) {
            workbench.close();
            return;
        }
        dev.candor.ui.Services.databaseOpening(next.toLocation());
        openAsync(next).whenCompleteAsync((opened, error) -> {
            if (error == null) {
                publishOrClose(workbench, opened);
            } else {
                later(workbench.getDisplay(), () -> recover(workbench, next, failure(error)));
            }
        });
    }

    /** A database the user chose after a failure: published, or closed if Candor exited meanwhile. */
    private void publishOrClose(IWorkbench workbench, CandorStore opened) {
        synchronized (this) {
            if (!closed) {
                publish(workbench, opened);
                return;
            }
        }
        opened.close();
    }

    /** Runs {@code work} in the UI thread unless Candor's window is gone already (it exited meanwhile). */
    private static void later(Display display, Runnable work) {
        try {
            display.asyncExec(() -> {
                if (!display.isDisposed()) {
                    work.run();
                }
            });
        } catch (org.eclipse.swt.SWTException disposed) {
            // exited while the database was opening: close() closes it
        }
    }

    /** Registers the open database; never in the UI thread. */
    private synchronized void publish(IWorkbench workbench, CandorStore opened) {
        if (closed) {
            return; // exited meanwhile: close() closes it
        }
        store = opened;
        StoreConfiguration actual = opened.getConfiguration();
        dev.candor.ui.Services.databaseOpening(actual.toLocation());
        for (String problem : opened.getProblems()) {
            org.eclipse.core.runtime.ILog.of(DatabaseStartup.class)
                    .log(org.eclipse.core.runtime.Status.warning(problem));
        }
        if (!actual.toLocation().equals(wanted.toLocation())) {
            rememberChosenLocation(actual);
            later(workbench.getDisplay(), () -> {
                for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
                    window.getShell().setText(NLS.bind(Messages.WindowTitle, actual.toLocation()));
                }
            });
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
        CandorStore toClose;
        synchronized (this) {
            closed = true;
            if (registration != null) {
                registration.unregister();
                registration = null;
            }
            toClose = store;
        }
        if (toClose == null) {
            // never published (exit during a dialog, or still opening): close what did open, but
            // do not keep the user waiting for a server that does not answer; whatever opens
            // later is closed then (a network connection holds nothing here; an embedded
            // database still booting is recovered by Derby at the next start)
            try {
                toClose = opening.handle((opened, error) -> opened).get(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                opening.thenAccept(CandorStore::close);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                // handle() never completes exceptionally
            }
        }
        if (toClose != null) {
            toClose.close();
        }
    }
}
