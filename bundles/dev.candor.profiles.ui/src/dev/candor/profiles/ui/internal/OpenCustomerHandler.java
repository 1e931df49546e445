package dev.candor.profiles.ui.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.candor.profiles.ui.ProfilesUi;
import dev.candor.ui.CandorUi;
import dev.candor.ui.CustomerRef;

/** Handles the shell's Open Customer command: opens a profile editor per customer. */
public final class OpenCustomerHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        String id = event.getParameter(CandorUi.PARAMETER_CUSTOMER_ID);
        List<CustomerRef> customers;
        if (id != null) {
            try {
                customers = List.of(new CustomerRef(Long.parseLong(id), "#" + id, null)); //$NON-NLS-1$
            } catch (NumberFormatException e) {
                throw new ExecutionException("Not a customer id: " + id, e); //$NON-NLS-1$
            }
        } else {
            customers = CustomerRef.all(HandlerUtil.getCurrentSelection(event));
        }
        open(window.getActivePage(), customers);
        return null;
    }

    static void open(IWorkbenchPage page, List<CustomerRef> customers) throws ExecutionException {
        for (CustomerRef customer : customers) {
            try {
                page.openEditor(new ProfileEditorInput(customer.id(), customer.name()), ProfilesUi.EDITOR_PROFILE);
            } catch (PartInitException e) {
                throw new ExecutionException(e.getMessage(), e);
            }
        }
    }
}
