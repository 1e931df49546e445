package dev.candor.profiles.ui.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.candor.profiles.CustomerProfiles;
import dev.candor.store.CandorStore;
import dev.candor.ui.DataEvents;
import dev.candor.ui.StoreAccess;
import dev.candor.ui.CustomerRef;

/** Creates a customer and opens its profile (or opens the look-alike the user picked). */
public final class NewCustomerHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        CandorStore store = StoreAccess.await(0).orElse(null);
        if (store == null) {
            return null;
        }
        NewCustomerDialog dialog = new NewCustomerDialog(window.getShell(), new CustomerProfiles(store, dev.candor.ui.CandorUi.clock()));
        int result = dialog.open();
        if (result == Window.OK && dialog.getCreated() != null) {
            DataEvents.post("customer.create"); //$NON-NLS-1$
            OpenCustomerHandler.open(window.getActivePage(), List.of(CustomerRef.of(dialog.getCreated()).orElseThrow()));
        } else if (result == IDialogConstants.OPEN_ID && dialog.getChosenExisting() != null) {
            OpenCustomerHandler.open(window.getActivePage(), List.of(CustomerRef.of(dialog.getChosenExisting()).orElseThrow()));
        }
        return null;
    }
}
