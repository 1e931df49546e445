package dev.candor.layouts.ui.internal;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import dev.candor.layouts.LayoutService;
import dev.candor.store.StoreException;
import dev.candor.ui.CandorUi;
import dev.candor.ui.Services;

/**
 * Once the database is open, applies the layouts the team's administrator published
 * since this workspace last applied one, and the capabilities of the user's role.
 */
public final class LayoutsStartup implements IStartup {

    @Override
    public void earlyStartup() {
        // a job of its own waits for the database: not the UI thread, nor the early-startup
        // thread that the other bundles' start-ups share
        org.eclipse.core.runtime.jobs.Job apply = org.eclipse.core.runtime.jobs.Job.create("Candor team layouts", //$NON-NLS-1$
                monitor -> {
                    applyWhenOpen();
                });
        apply.setSystem(true);
        apply.schedule();
    }

    private static void applyWhenOpen() {
        Services.await(LayoutService.class, Services.OPEN_TIMEOUT_MILLIS).ifPresent(service -> {
            LayoutService.Snapshot snapshot;
            try {
                snapshot = service.snapshot();
            } catch (StoreException e) {
                ILog.of(LayoutsStartup.class).log(Status.warning(NLS.bind(Messages.Startup_Failed, e.getMessage()), e));
                return;
            }
            IWorkbench workbench = PlatformUI.getWorkbench();
            Display display = workbench.getDisplay();
            display.asyncExec(() -> {
                if (display.isDisposed() || workbench.isClosing()) {
                    return;
                }
                TeamLayoutsUi.applyRole(workbench, snapshot.policy(), CandorUi.currentUser());
                IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
                if (window == null && workbench.getWorkbenchWindowCount() > 0) {
                    window = workbench.getWorkbenchWindows()[0];
                }
                if (window != null) {
                    List<String> applied = TeamLayoutsUi.apply(window, snapshot.layouts());
                    if (!applied.isEmpty()) {
                        ILog.of(LayoutsStartup.class).log(Status.info(NLS.bind(Messages.Startup_Applied, applied)));
                    }
                }
            });
        });
    }
}
