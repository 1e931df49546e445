package dev.candor.history.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.candor.history.InteractionService;
import org.eclipse.swt.widgets.Shell;
import dev.candor.ui.CustomerRef;
import dev.candor.ui.DataEvents;
import dev.candor.ui.Services;

/**
 * Logs an interaction with the customer of the active part: the one selected
 * in the Customers view or My Day, the customer of a selected commitment, the
 * open profile, or the one the history shows.
 */
public final class LogInteractionHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        CustomerRef customer;
        if (part instanceof InteractionHistoryView history && history.getCustomerId() > 0) {
            customer = new CustomerRef(history.getCustomerId(), history.getCustomerName(), null);
        } else {
            ISelection selection = HandlerUtil.getCurrentSelection(event);
            Object element = selection instanceof IStructuredSelection s && s.size() == 1 ? s.getFirstElement() : null;
            // a commitment (My Day, Commitments) stands for its customer here: log the call that keeps it
            customer = element instanceof dev.candor.store.CommitmentSummary c
                    ? new CustomerRef(c.customerId(), c.customerName(), null)
                    : CustomerRef.of(element).orElse(null);
        }
        if (customer == null) {
            return null;
        }
        Shell shell = dev.candor.ui.CandorUi.shell(event);
        InteractionService service = Services.getOrSay(InteractionService.class, shell, Messages.Log_Title).orElse(null);
        if (service == null) {
            return null;
        }
        LogInteractionDialog dialog = new LogInteractionDialog(shell, service, customer.id(), customer.name(),
                customer.preferredChannel());
        if (dialog.open() == Window.OK) {
            // the service announced the change; this says the user logged it here (promises to suggest)
            DataEvents.interactionLogged(dialog.getInteraction().getId());
        }
        return null;
    }
}
