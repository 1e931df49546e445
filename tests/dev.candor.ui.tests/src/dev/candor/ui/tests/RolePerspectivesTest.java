package dev.candor.ui.tests;

import dev.candor.ethics.ui.internal.EthicsProbe;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPreferenceConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import dev.candor.app.internal.InitialPerspective;
import dev.candor.ui.CandorUi;

/**
 * The perspectives of the roles, each laid out with the views the other
 * bundles contribute to it, and the deployment's choice of the first one.
 */
public class RolePerspectivesTest {

    private IWorkbenchWindow window;
    private IWorkbenchPage page;

    @Before
    public void setUp() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        window.getShell().setSize(1500, 950);
        UiTestSupport.seededStore();
        for (org.eclipse.swt.widgets.Shell shell : window.getShell().getDisplay().getShells()) {
            if (shell != window.getShell() && shell.isVisible()) {
                shell.close(); // the reminder popup would cover the layout in the screenshots
            }
        }
    }

    /** Errors the platform logs while a test runs (a tab that cannot paint, say) fail it. */
    private final java.util.List<String> loggedErrors = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final org.eclipse.core.runtime.ILogListener errorListener = (status, plugin) -> {
        if (status.getSeverity() == org.eclipse.core.runtime.IStatus.ERROR) {
            loggedErrors.add(status.getMessage() + (status.getException() == null ? "" : ": " + status.getException()));
        }
    };

    @Before
    public void listenForErrors() {
        org.eclipse.core.runtime.Platform.addLogListener(errorListener);
    }

    @After
    public void backToTheAccountManager() {
        UiTestSupport.flush();
        org.eclipse.core.runtime.Platform.removeLogListener(errorListener);
        assertEquals("errors logged during the test", java.util.List.of(), loggedErrors);
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(CandorUi.PERSPECTIVE_ACCOUNT_MANAGER));
        PlatformUI.getPreferenceStore().setToDefault(IWorkbenchPreferenceConstants.DEFAULT_PERSPECTIVE_ID);
        UiTestSupport.flush();
    }

    private void open(String perspective) {
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(perspective));
        UiTestSupport.flush();
        assertEquals(perspective, page.getPerspective().getId());
    }

    @Test
    public void theQualityLeadSeesTheDashboardTheChecklistAndTheHistory() throws Exception {
        open(CandorUi.PERSPECTIVE_QUALITY_LEAD);
        assertNotNull(page.findView("dev.candor.ethics.ui.views.dashboard"));
        assertNotNull(page.findView("dev.candor.ethics.ui.views.checklist"));
        assertNotNull(page.findView("dev.candor.history.ui.views.history"));
        assertNotNull(page.findView(CandorUi.VIEW_CUSTOMERS));
        UiTestSupport.waitUntil("the dashboard to show its figures", 30_000, () -> page.findView(
                "dev.candor.ethics.ui.views.dashboard") instanceof dev.candor.ethics.ui.internal.QualityDashboardView d
                && EthicsProbe.getShown(d) != null);
        UiTestSupport.screenshot(window.getShell(), "perspective-quality-lead");
    }

    @Test
    public void theAdministratorSeesTheErrorLog() throws Exception {
        open(CandorUi.PERSPECTIVE_ADMINISTRATOR);
        assertNotNull(page.findView(CandorUi.VIEW_ERROR_LOG));
        assertNull("the dashboard only when asked for", page.findView("dev.candor.ethics.ui.views.dashboard"));
        UiTestSupport.screenshot(window.getShell(), "perspective-administrator");
    }

    @Test
    public void theDeploymentChoosesTheFirstPerspectiveWhenItNamesAnInstalledOne() {
        IPreferenceStore ui = PlatformUI.getPreferenceStore();
        assertEquals(CandorUi.PERSPECTIVE_ACCOUNT_MANAGER, InitialPerspective.id());
        ui.setValue(IWorkbenchPreferenceConstants.DEFAULT_PERSPECTIVE_ID, CandorUi.PERSPECTIVE_QUALITY_LEAD);
        assertEquals(CandorUi.PERSPECTIVE_QUALITY_LEAD, InitialPerspective.id());
        ui.setValue(IWorkbenchPreferenceConstants.DEFAULT_PERSPECTIVE_ID, "com.example.missing");
        assertEquals("an unknown one is ignored", CandorUi.PERSPECTIVE_ACCOUNT_MANAGER, InitialPerspective.id());
    }

    @Test
    public void theDeploymentChoosesTheTheme() {
        String configured = org.eclipse.core.runtime.Platform.getPreferencesService()
                .getString("org.eclipse.e4.ui.css.swt.theme", "themeid", null, null);
        assertEquals("plugin_customization.ini names it", "org.eclipse.e4.ui.css.theme.e4_default", configured);
        org.eclipse.e4.ui.css.swt.theme.IThemeEngine engine = (org.eclipse.e4.ui.css.swt.theme.IThemeEngine) window
                .getShell().getDisplay().getData("org.eclipse.e4.ui.css.swt.theme");
        assertNotNull("the workbench styles with a theme", engine);
        assertEquals(configured, engine.getActiveTheme().getId());
    }
}
