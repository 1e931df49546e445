package dev.candor.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
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
    public void accountManagerPerspectiveShowsCustomersAndTheErrorLog() {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        assertEquals(CandorUi.PERSPECTIVE_ACCOUNT_MANAGER, page.getPerspective().getId());
        assertNotNull(page.findView(CandorUi.VIEW_CUSTOMERS));
        assertNotNull("the Error Log is part of the layout", page.findView(CandorUi.VIEW_ERROR_LOG));
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
}
