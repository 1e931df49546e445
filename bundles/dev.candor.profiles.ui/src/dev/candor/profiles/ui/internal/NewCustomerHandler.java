package dev.candor.profiles.ui.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.candor.profiles.CustomerService;
import dev.candor.ui.Services;
import dev.candor.ui.CustomerRef;

/** Creates a customer and opens its profile (or opens the look-alike the user picked). */
public final class NewCustomerHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        // never waits: while the database opens (or cannot be reached) it says so at once
        CustomerService service = Services.getOrSay(CustomerService.class, window.getShell(), Messages.New_Title)
                .orElse(null);
        if (service == null) {
            return null;
        }
        NewCustomerDialog dialog = new NewCustomerDialog(window.getShell(), service);
        int result = dialog.open();
        if (result == Window.OK && dialog.getCreated() != null) {
            OpenCustomerHandler.open(window.getActivePage(), List.of(CustomerRef.of(dialog.getCreated()).orElseThrow()));
        } else if (result == IDialogConstants.OPEN_ID && dialog.getChosenExisting() != null) {
            OpenCustomerHandler.open(window.getActivePage(), List.of(CustomerRef.of(dialog.getChosenExisting()).orElseThrow()));
        }
        return null;
    }
}
