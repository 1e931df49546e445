package dev.candor.commitments.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.candor.commitments.CommitmentService;
import dev.candor.model.Interaction;
import dev.candor.ui.Background;
import dev.candor.ui.Services;

/**
 * Finds again the promises the selected interaction makes and offers those not tracked yet, as
 * right after logging it: for suggestions dismissed too fast, or lost when Candor stopped while it
 * offered them. The search runs in a job; the offer is the same dialog.
 */
public final class FindPromisesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws org.eclipse.core.commands.ExecutionException {
        Shell shell = dev.candor.ui.CandorUi.shell(event);
        CommitmentService service = Services.getOrSay(CommitmentService.class, shell, Messages.Find_Title)
                .orElse(null);
        if (service == null) {
            return null;
        }
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        Object element = selection instanceof IStructuredSelection s && s.size() == 1 ? s.getFirstElement() : null;
        Interaction interaction = element == null ? null : Adapters.adapt(element, Interaction.class);
        if (interaction == null || interaction.getId() <= 0) {
            MessageDialog.openInformation(shell, Messages.Find_Title, Messages.Find_NoInteraction);
            return null;
        }
        long id = interaction.getId();
        String subject = interaction.getSubject();
        Background.run(NLS.bind(Messages.Find_Job, subject), shell, () -> service.promisesOf(id), found -> {
            if (found.isEmpty()) {
                MessageDialog.openInformation(shell, Messages.Find_Title, Messages.Find_Gone);
            } else if (found.get().promises().isEmpty()) {
                MessageDialog.openInformation(shell, Messages.Find_Title,
                        NLS.bind(dev.candor.commitments.Commitments.customersWords(found.get().interaction())
                                ? Messages.Find_TheirWords : Messages.Find_None, subject));
            } else {
                CommitmentService.Logged logged = found.get();
                new SuggestionsDialog(shell, service, logged.interaction(), logged.customerName(), logged.promises(),
                        logged.followUp()).open();
            }
        }, e -> MessageDialog.openError(shell, Messages.Find_Title, NLS.bind(Messages.New_Failed, e.getMessage())));
        return null;
    }
}
