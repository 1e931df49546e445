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

import dev.candor.model.Customer;
import dev.candor.profiles.CustomerService;
import dev.candor.store.RecordCounts;
import dev.candor.ui.Background;
import dev.candor.ui.CustomerRef;
import dev.candor.ui.Services;

/**
 * Deletes the selected customers, one confirmation each that names what goes
 * with it; an open profile of a deleted customer is closed. What is read and
 * deleted is read and deleted in jobs: the window stays responsive.
 */
public final class DeleteCustomerHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveWorkbenchWindowChecked(event).getShell();
        List<CustomerRef> customers = CustomerRef.all(HandlerUtil.getCurrentSelection(event));
        if (customers.isEmpty()) {
            return null;
        }
        CustomerService service = Services.getOrSay(CustomerService.class, shell, Messages.Delete_Title).orElse(null);
        if (service == null) {
            return null;
        }
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        next(shell, service, page, customers, 0);
        return null;
    }

    /** What one deletion asks about: the record as it is now and what is attached to it. */
    private record Candidate(Customer customer, RecordCounts attached) {
    }

    /** Asks about and deletes the customer {@code index}, then goes on with the next. */
    private static void next(Shell shell, CustomerService service, IWorkbenchPage page, List<CustomerRef> customers,
            int index) {
        if (index >= customers.size()) {
            return;
        }
        CustomerRef ref = customers.get(index);
        Background.run(Messages.Delete_Title, shell, () -> {
            Customer customer = service.find(ref.id()).orElse(null);
            return customer == null ? null : new Candidate(customer, service.attached(ref.id()));
        }, candidate -> {
            if (candidate == null) {
                next(shell, service, page, customers, index + 1); // already gone
                return;
            }
            Customer customer = candidate.customer();
            String question = candidate.attached().isEmpty()
                    ? NLS.bind(Messages.Delete_QuestionEmpty, customer.getName())
                    : NLS.bind(Messages.Delete_Question, customer.getName(), Selections.describe(candidate.attached()));
            MessageDialog dialog = new MessageDialog(shell, Messages.Delete_Title, null, question,
                    MessageDialog.WARNING, 1, Messages.Delete_Button, Messages.Delete_Cancel);
            if (dialog.open() != 0) {
                next(shell, service, page, customers, index + 1);
                return;
            }
            Background.run(Messages.Delete_Title, shell, () -> service.delete(customer.getId(), customer.getVersion()),
                    removed -> {
                        closeEditors(page, ref.id());
                        next(shell, service, page, customers, index + 1);
                    }, e -> {
                        MessageDialog.openError(shell, Messages.Delete_Title,
                                NLS.bind(Messages.Delete_Failed, ref.name(), e.getMessage()));
                        next(shell, service, page, customers, index + 1);
                    });
        }, e -> MessageDialog.openError(shell, Messages.Delete_Title,
                NLS.bind(Messages.Delete_Failed, ref.name(), e.getMessage())));
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
