package dev.candor.extensions.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.candor.extensions.internal.Extensions;

/** Help > Install Extensions. */
public final class InstallExtensionsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveWorkbenchWindowChecked(event).getShell();
        Extensions extensions;
        try {
            extensions = Extensions.ofThisInstallation();
        } catch (ProvisionException e) {
            MessageDialog.openInformation(shell, Messages.Dialog_Title, e.getMessage());
            return null;
        }
        new InstallExtensionsDialog(shell, extensions).open();
        return null;
    }
}
