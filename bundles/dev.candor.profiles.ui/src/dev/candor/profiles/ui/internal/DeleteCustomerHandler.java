package dev.candor.profiles.ui.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.candor.ui.CandorUi;
import dev.candor.model.Customer;
import dev.candor.profiles.CustomerProfiles;
import dev.candor.store.CandorStore;
import dev.candor.store.RecordCounts;
import dev.candor.store.StoreException;
import dev.candor.ui.DataEvents;
import dev.candor.ui.StoreAccess;
import dev.candor.ui.CustomerRef;

/**
 * Deletes the selected customers, one confirmation each that names what goes
 * with it; an open profile of a deleted customer is closed.
 */
public final class DeleteCustomerHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        List<CustomerRef> customers = CustomerRef.all(HandlerUtil.getCurrentSelection(event));
        CandorStore store = StoreAccess.await(0).orElse(null);
        if (store == null || customers.isEmpty()) {
            return null;
        }
        CustomerProfiles profiles = new CustomerProfiles(store, dev.candor.ui.CandorUi.clock());
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        for (CustomerRef ref : customers) {
            try {
                Customer customer = store.call(session -> session.customers().find(ref.id())).orElse(null);
                if (customer == null) {
                    continue; // already gone
                }
                RecordCounts attached = profiles.attached(ref.id());
                String question = attached.isEmpty() ? NLS.bind(Messages.Delete_QuestionEmpty, customer.getName())
                        : NLS.bind(Messages.Delete_Question, customer.getName(), Selections.describe(attached));
                MessageDialog dialog = new MessageDialog(shell, Messages.Delete_Title, null, question,
                        MessageDialog.WARNING, 1, Messages.Delete_Button, Messages.Delete_Cancel);
                if (dialog.open() != 0) {
                    continue;
                }
                profiles.delete(customer.getId(), customer.getVersion(), CandorUi.currentUser());
                closeEditors(page, ref.id());
            } catch (StoreException e) {
                MessageDialog.openError(shell, Messages.Delete_Title, NLS.bind(Messages.Delete_Failed, ref.name(),
                        e.getMessage()));
            }
        }
        DataEvents.post("customer.delete"); //$NON-NLS-1$
        return null;
    }

    static void closeEditors(IWorkbenchPage page, long customerId) {
        for (IEditorReference reference : page.getEditorReferences()) {
            try {
                if (reference.getEditorInput() instanceof ProfileEditorInput input && input.getCustomerId() == customerId) {
                    page.closeEditors(new IEditorReference[] { reference }, false);
                }
            } catch (PartInitException e) {
                // an editor that cannot tell its input is not one of ours
            }
        }
    }
}
