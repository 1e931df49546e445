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
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.candor.commitments.Commitments;
import dev.candor.commitments.PromiseSuggestion;
import dev.candor.commitments.ResponsePolicy;
import dev.candor.model.Customer;
import dev.candor.model.Interaction;
import dev.candor.commitments.CommitmentService;
import dev.candor.profiles.CustomerService;
import dev.candor.store.CommitmentSummary;
import dev.candor.store.StoreException;
import dev.candor.ui.Background;
import dev.candor.ui.CustomerRef;
import dev.candor.ui.Services;

/**
 * New commitment for what the active part shows: an interaction (linked to it, pre-filled
 * with the first promise its notes make), a customer (list or profile), or the customer of
 * the selected commitment.
 */
public final class NewCommitmentHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = dev.candor.ui.CandorUi.shell(event);
        // never waits: while the database opens (or cannot be reached) it says so at once
        CommitmentService service = Services.getOrSay(CommitmentService.class, shell, Messages.New_Title).orElse(null);
        CustomerService customers = service == null ? null
                : Services.getOrSay(CustomerService.class, shell, Messages.New_Title).orElse(null);
        if (customers == null) {
            return null;
        }
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        Object element = selection instanceof IStructuredSelection s && s.size() == 1 ? s.getFirstElement() : null;
        if (part instanceof CommitmentsView view) {
            List<CommitmentSummary> selected = view.selectedCommitments();
            element = selected.size() == 1 ? selected.get(0) : element;
        }
        if (element instanceof CommitmentSummary c) {
            new CommitmentDialog(shell, service, c.customerId(), c.customerName(), null, null, null, null).open();
            return null;
        }
        Interaction interaction = element == null ? null : Adapters.adapt(element, Interaction.class);
        if (interaction != null && interaction.getId() > 0) {
            // the customer and the team's policy are read in a job; the dialog opens with them
            Background.run(Messages.New_Title, shell, () -> prefill(customers, service, interaction), dialog -> {
                if (dialog == null) {
                    MessageDialog.openInformation(shell, Messages.New_Title, Messages.New_NothingSelected);
                } else {
                    dialog.apply(shell, service).open();
                }
            }, e -> MessageDialog.openError(shell, Messages.New_Title, NLS.bind(Messages.New_Failed, e.getMessage())));
            return null;
        }
        CustomerRef ref = CustomerRef.of(element).orElse(null);
        if (ref == null) {
            MessageDialog.openInformation(shell, Messages.New_Title, Messages.New_NothingSelected);
        } else {
            new CommitmentDialog(shell, service, ref.id(), ref.name(), null, null, null, null).open();
        }
        return null;
    }

    /** What a new commitment from an interaction starts with. */
    record Prefill(long customerId, String customerName, long interactionId, String text, String to, Instant due) {
        CommitmentDialog apply(Shell shell, CommitmentService service) {
            return new CommitmentDialog(shell, service, customerId, customerName, interactionId, text, to, due);
        }
    }

    /** Reads what the dialog for {@code interaction} is filled with; null if its customer is gone. Not in the UI thread. */
    static Prefill prefill(CustomerService customers, CommitmentService service, Interaction interaction)
            throws StoreException {
        Customer customer = customers.find(interaction.getCustomerId()).orElse(null);
        if (customer == null) {
            return null;
        }
        ResponsePolicy policy = service.policies().policyFor(interaction.getAccountManager());
        List<PromiseSuggestion> promises = Commitments.promisesIn(interaction, policy);
        String text = promises.isEmpty() ? interaction.getSubject() : promises.get(0).sentence();
        Instant due = promises.isEmpty() ? null : promises.get(0).due();
        String to = interaction.getParticipants().isEmpty() ? null : interaction.getParticipants().get(0);
        return new Prefill(customer.getId(), customer.getName(), interaction.getId(), text, to, due);
    }
}
