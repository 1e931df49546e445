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

import dev.candor.layouts.ui.internal.TeamLayoutsUi.Snapshot;
import dev.candor.store.StoreException;
import dev.candor.ui.CandorUi;
import dev.candor.ui.StoreAccess;

/**
 * Once the database is open, applies the layouts the team's administrator published
 * since this workspace last applied one, and the capabilities of the user's role.
 */
public final class LayoutsStartup implements IStartup {

    @Override
    public void earlyStartup() {
        StoreAccess.await(StoreAccess.OPEN_TIMEOUT_MILLIS).ifPresent(store -> {
            Snapshot snapshot;
            try {
                snapshot = Snapshot.read(store);
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
