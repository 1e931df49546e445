package dev.candor.testing.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.WorkbenchAdvisor;

/**
 * An empty workbench window from the same installation: the baseline the
 * start-up benchmark compares Candor's start with; {@link ProbeStartup} measures it as it
 * measures Candor.
 */
public final class BareWorkbenchApplication implements IApplication {

    /** An empty perspective without editor area. */
    public static final class EmptyPerspective implements IPerspectiveFactory {
        @Override
        public void createInitialLayout(IPageLayout layout) {
            layout.setEditorAreaVisible(false);
        }
    }

    @Override
    public Object start(IApplicationContext context) {
        Display display = PlatformUI.createDisplay();
        try {
            PlatformUI.createAndRunWorkbench(display, new WorkbenchAdvisor() {
                @Override
                public String getInitialWindowPerspectiveId() {
                    return "dev.candor.testing.perspectives.bare"; //$NON-NLS-1$
                }
            });
            return EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        // the probe closes the workbench
    }
}
