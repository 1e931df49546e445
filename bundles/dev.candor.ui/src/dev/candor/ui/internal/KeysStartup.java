package dev.candor.ui.internal;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.contexts.IContextService;

/**
 * Activates Candor's key context in the workbench, so that Candor's keys (F5: every view reads
 * again) take precedence over the platform's bindings of the same keys.
 */
public final class KeysStartup implements IStartup {

    /** The context of Candor's key bindings (plugin.xml). */
    public static final String CONTEXT = "dev.candor.ui.context.window"; //$NON-NLS-1$

    @Override
    public void earlyStartup() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().asyncExec(() -> {
            if (!workbench.isClosing()) {
                workbench.getService(IContextService.class).activateContext(CONTEXT);
            }
        });
    }
}
