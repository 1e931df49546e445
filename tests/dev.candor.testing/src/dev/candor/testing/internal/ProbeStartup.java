package dev.candor.testing.internal;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * Starts the {@link StartupProbe} once the workbench runs, in Candor's application as in the
 * bare baseline, so both are measured the same way.
 */
public final class ProbeStartup implements IStartup {

    @Override
    public void earlyStartup() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().asyncExec(() -> StartupProbe.afterStartup(workbench));
    }
}
