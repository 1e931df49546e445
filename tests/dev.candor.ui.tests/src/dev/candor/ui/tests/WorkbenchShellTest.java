package dev.candor.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.Test;

import dev.candor.app.internal.DatabasePreferencePage;
import dev.candor.ui.CandorUi;

/** The product around the views: branding, window, perspective, preferences. */
public class WorkbenchShellTest {

    @Test
    public void productIsBrandedAndTheTitleNamesTheDatabase() {
        assertEquals("Candor", Platform.getProduct().getName());
        assertEquals("dev.candor.app.application", Platform.getProduct().getApplication());
        assertNotNull(Platform.getProduct().getProperty("aboutText"));
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        String title = window.getShell().getText();
        assertTrue(title, title.startsWith("Candor — "));
        assertTrue(title, title.endsWith(UiTestSupport.store().getConfiguration().toLocation()));
    }

    @Test
    public void accountManagerPerspectiveShowsCustomersHistoryAndCommitmentsButNotTheErrorLog() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        assertEquals(CandorUi.PERSPECTIVE_ACCOUNT_MANAGER, page.getPerspective().getId());
        assertNotNull(page.findView(CandorUi.VIEW_CUSTOMERS));
        IViewPart history = page.findView("dev.candor.history.ui.views.history");
        IViewPart commitments = page.findView("dev.candor.commitments.ui.views.commitments");
        assertNotNull(history);
        assertNotNull(commitments);
        assertTrue("both visible at once", page.isPartVisible(history) && page.isPartVisible(commitments));
        assertFalse("side by side, not tabs of one folder",
                java.util.Arrays.asList(page.getViewStack(history)).contains(commitments));
        assertNull("the Error Log is not part of the account manager's layout", page.findView(CandorUi.VIEW_ERROR_LOG));
        // at the default size the commitments show when each is due, without scrolling sideways
        org.eclipse.nebula.widgets.nattable.NatTable table = dev.candor.commitments.ui.internal.CommitmentsProbe
                .getTable((dev.candor.commitments.ui.internal.CommitmentsView) commitments);
        UiTestSupport.flush();
        org.eclipse.swt.graphics.Rectangle due = null;
        for (int position = 0; position < table.getColumnCount(); position++) {
            if ("Due".equals(table.getDataValueByPosition(position, 0))) {
                due = table.getCellByPosition(position, 0).getBounds();
            }
        }
        assertNotNull("a Due column", due);
        assertTrue("the Due column ends at " + (due.x + due.width) + " within " + table.getClientArea().width,
                due.x + due.width <= table.getClientArea().width);
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "perspective-account-manager");
        // Show View still opens it, below the editors with the history
        IViewPart log = page.showView(CandorUi.VIEW_ERROR_LOG);
        try {
            assertTrue("stacked with the history",
                    java.util.Arrays.asList(page.getViewStack(log)).contains(history));
        } finally {
            page.hideView(log);
        }
    }

    @Test
    public void theEmptyEditorAreaSaysWhatToDoNext() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getActivePage().closeAllEditors(false);
        java.util.List<String> lines = dev.candor.ui.internal.EmptyEditorAreaHint.lines(window);
        assertEquals("No customer is open", lines.get(0));
        assertEquals("new customer, log, search: each with its key " + lines, 5, lines.size());
        assertTrue(lines.toString(), lines.get(2).endsWith("add a new customer") && lines.get(2).contains("N"));
        // and it is painted: the middle of the empty area is not blank
        org.eclipse.e4.ui.model.application.ui.MUIElement area = window.getService(
                org.eclipse.e4.ui.workbench.modeling.EModelService.class).find(org.eclipse.ui.IPageLayout.ID_EDITOR_AREA,
                        window.getService(org.eclipse.e4.ui.model.application.ui.basic.MWindow.class));
        Composite composite = (Composite) area.getWidget();
        UiTestSupport.screenshot(window.getShell(), "editor-area-empty");
        org.eclipse.swt.graphics.Point size = composite.getSize();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(composite.getDisplay(), size.x, size.y);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
        int inked = 0;
        try {
            composite.print(gc);
            org.eclipse.swt.graphics.ImageData data = image.getImageData();
            int background = data.getPixel(size.x / 2, size.y - 5);
            for (int y = size.y / 6; y < size.y / 2; y++) {
                for (int x = size.x / 4; x < size.x * 3 / 4; x++) {
                    if (data.getPixel(x, y) != background) {
                        inked++;
                    }
                }
            }
        } finally {
            gc.dispose();
            image.dispose();
        }
        assertTrue("pixels of text in the middle of the empty editor area: " + inked, inked > 200);
    }

    @Test
    public void preferencePageRefusesAnInvalidLocationWithTheReason() throws Exception {
        Shell shell = new Shell(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), SWT.SHELL_TRIM);
        shell.setLayout(new FillLayout());
        shell.setSize(760, 320);
        DatabasePreferencePage page = new DatabasePreferencePage();
        try {
            Composite holder = new Composite(shell, SWT.NONE);
            holder.setLayout(new FillLayout());
            page.createControl(holder);
            shell.open();
            Text location = findText(page.getControl());
            assertNotNull(location);
            for (String invalid : new String[] { "//db.example.com/candor", "//db.example.com:http/candor",
                    "//db.example.com:1527/" }) {
                location.setText(invalid);
                location.notifyListeners(SWT.KeyUp, new org.eclipse.swt.widgets.Event());
                UiTestSupport.flush();
                assertFalse(invalid, page.isValid());
                assertNotNull(invalid, page.getErrorMessage());
            }
            assertTrue(page.getErrorMessage(), page.getErrorMessage().contains("names no database"));
            UiTestSupport.screenshot(shell, "preferences-invalid-location");
            location.setText("//db.example.com:1527/candor");
            location.notifyListeners(SWT.KeyUp, new org.eclipse.swt.widgets.Event());
            UiTestSupport.flush();
            assertTrue(page.isValid());
        } finally {
            page.dispose();
            shell.dispose();
        }
    }

    private static Text findText(Control control) {
        if (control instanceof Text text) {
            return text;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Text found = findText(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * Issue 20, item 13: the layout kept from a start in another language has that language's tab
     * titles; at the next start every view and perspective gets its title in the current language.
     */
    @Test
    public void tabTitlesKeptFromAnotherLanguageFollowTheCurrentOne() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        org.eclipse.e4.ui.workbench.modeling.EModelService models = window
                .getService(org.eclipse.e4.ui.workbench.modeling.EModelService.class);
        org.eclipse.e4.ui.model.application.ui.basic.MWindow model = window
                .getService(org.eclipse.e4.ui.model.application.ui.basic.MWindow.class);
        java.util.List<org.eclipse.e4.ui.model.application.ui.basic.MPart> customers = models.findElements(model,
                CandorUi.VIEW_CUSTOMERS, org.eclipse.e4.ui.model.application.ui.basic.MPart.class,
                null, org.eclipse.e4.ui.workbench.modeling.EModelService.ANYWHERE);
        assertFalse("the Customers view is in the layout", customers.isEmpty());
        org.eclipse.e4.ui.model.application.ui.advanced.MPerspective perspective = models.getActivePerspective(model);
        String label = PlatformUI.getWorkbench().getViewRegistry().find(CandorUi.VIEW_CUSTOMERS)
                .getLabel();
        String perspectiveLabel = perspective.getLabel();
        customers.get(0).setLabel("Клиенты");
        perspective.setLabel("Менеджер по работе с клиентами");
        assertTrue(dev.candor.ui.internal.PartLabels.refresh(window) >= 2);
        assertEquals(label, customers.get(0).getLabel());
        assertEquals(perspectiveLabel, perspective.getLabel());
        assertEquals("nothing left to change", 0, dev.candor.ui.internal.PartLabels.refresh(window));
    }
}
