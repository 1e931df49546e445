package dev.candor.history.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.candor.model.Channel;
import dev.candor.model.Customer;
import dev.candor.store.CandorStore;
import dev.candor.store.CustomerSummary;
import dev.candor.ui.DataEvents;
import dev.candor.ui.StoreAccess;

/**
 * Logs an interaction with the customer of the active part: the one selected
 * in the Customers view, the open profile, or the one the history shows.
 */
public final class LogInteractionHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        long id = 0;
        String name = null;
        Channel preferred = null;
        if (part instanceof InteractionHistoryView history && history.getCustomerId() > 0) {
            id = history.getCustomerId();
            name = history.getCustomerName();
        } else {
            ISelection selection = HandlerUtil.getCurrentSelection(event);
            Object element = selection instanceof IStructuredSelection s && s.size() == 1 ? s.getFirstElement() : null;
            if (element instanceof CustomerSummary summary) {
                id = summary.id();
                name = summary.name();
                preferred = summary.preferredChannel();
            } else if (element != null) {
                Customer customer = Adapters.adapt(element, Customer.class);
                if (customer != null) {
                    id = customer.getId();
                    name = customer.getName();
                    preferred = customer.getPreferredChannel();
                }
            }
        }
        CandorStore store = StoreAccess.await(0).orElse(null);
        if (id <= 0 || store == null) {
            return null;
        }
        LogInteractionDialog dialog = new LogInteractionDialog(HandlerUtil.getActiveShellChecked(event), store, id, name,
                preferred);
        if (dialog.open() == Window.OK) {
            DataEvents.post("interaction"); //$NON-NLS-1$
        }
        return null;
    }
}
