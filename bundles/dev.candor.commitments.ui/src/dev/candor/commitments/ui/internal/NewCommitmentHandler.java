package dev.candor.commitments.ui.internal;

import java.time.Instant;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.candor.commitments.Commitments;
import dev.candor.commitments.PromiseSuggestion;
import dev.candor.commitments.ResponsePolicy;
import dev.candor.model.Customer;
import dev.candor.model.Interaction;
import dev.candor.store.CandorStore;
import dev.candor.store.CommitmentSummary;
import dev.candor.store.StoreException;
import dev.candor.ui.CustomerRef;
import dev.candor.ui.DataEvents;
import dev.candor.ui.StoreAccess;

/**
 * New commitment for what the active part shows: an interaction (linked to it, pre-filled
 * with the first promise its notes make), a customer (list or profile), or the customer of
 * the selected commitment.
 */
public final class NewCommitmentHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        CandorStore store = StoreAccess.await(0).orElse(null);
        if (store == null) {
            MessageDialog.openInformation(shell, Messages.New_Title, Messages.New_NoStore);
            return null;
        }
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        Object element = selection instanceof IStructuredSelection s && s.size() == 1 ? s.getFirstElement() : null;
        if (part instanceof CommitmentsView view) {
            List<CommitmentSummary> selected = view.selectedCommitments();
            element = selected.size() == 1 ? selected.get(0) : element;
        }
        try {
            CommitmentDialog dialog = dialogFor(shell, store, element);
            if (dialog == null) {
                MessageDialog.openInformation(shell, Messages.New_Title, Messages.New_NothingSelected);
            } else if (dialog.open() == Window.OK) {
                DataEvents.post("commitment"); //$NON-NLS-1$
            }
        } catch (StoreException e) {
            MessageDialog.openError(shell, Messages.New_Title, NLS.bind(Messages.New_Failed, e.getMessage()));
        }
        return null;
    }

    static CommitmentDialog dialogFor(Shell shell, CandorStore store, Object element) throws StoreException {
        if (element instanceof CommitmentSummary c) {
            return new CommitmentDialog(shell, store, c.customerId(), c.customerName(), null, null, null, null);
        }
        Interaction interaction = element == null ? null : Adapters.adapt(element, Interaction.class);
        if (interaction != null && interaction.getId() > 0) {
            Customer customer = store.call(s -> s.customers().find(interaction.getCustomerId())).orElse(null);
            if (customer == null) {
                return null;
            }
            ResponsePolicy policy = store.call(Stores::policies).policyFor(interaction.getAccountManager());
            List<PromiseSuggestion> promises = Commitments.promisesIn(interaction, policy);
            String text = promises.isEmpty() ? interaction.getSubject() : promises.get(0).sentence();
            Instant due = promises.isEmpty() ? null : promises.get(0).due();
            String to = interaction.getParticipants().isEmpty() ? null : interaction.getParticipants().get(0);
            return new CommitmentDialog(shell, store, customer.getId(), customer.getName(), interaction.getId(), text,
                    to, due);
        }
        CustomerRef ref = CustomerRef.of(element).orElse(null);
        return ref == null ? null : new CommitmentDialog(shell, store, ref.id(), ref.name(), null, null, null, null);
    }
}
