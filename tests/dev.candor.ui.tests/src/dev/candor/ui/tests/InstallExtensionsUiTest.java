package dev.candor.ui.tests;

import static org.junit.Assert.assertTrue;

import java.util.Map;

import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.Test;

/**
 * Help > Install Extensions in a Candor that p2 did not install (this test runtime): a
 * clear word instead of a broken dialog. The install itself is tested on the
 * materialised product (dev.candor.product.tests, ExtensionInstallTest).
 */
public class InstallExtensionsUiTest {

    @Test
    public void anInstallationWithoutP2ProfileSaysWhyItCannotInstall() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        String[] said = new String[1];
        UiTestSupport.whenShellOpens("Install Extensions", shell -> {
            Label message = UiTestSupport.find(shell, Label.class, l -> l.getText().length() > 40);
            said[0] = message == null ? null : message.getText();
            UiTestSupport.press(shell, "OK");
        });
        UiTestSupport.execute(window, "dev.candor.extensions.ui.commands.install", Map.of());
        UiTestSupport.waitUntil("the message", 10_000, () -> said[0] != null);
        assertTrue(said[0], said[0].startsWith("This Candor was not installed as a product (no p2 profile)"));
    }
}
