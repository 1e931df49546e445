package dev.candor.commitments.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.candor.model.CommitmentStatus;
import dev.candor.commitments.CommitmentService;
import dev.candor.store.CommitmentSummary;
import dev.candor.ui.Services;

/** Changes the status of the selected commitments; the optional parameter picks the status first offered. */
public final class ChangeStatusHandler extends AbstractHandler {

    public static final String COMMAND = "dev.candor.commitments.ui.commands.changeStatus"; //$NON-NLS-1$
    public static final String PARAMETER = "dev.candor.commitments.ui.commands.changeStatus.status"; //$NON-NLS-1$

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = dev.candor.ui.CandorUi.shell(event);
        List<CommitmentSummary> selected = selected(HandlerUtil.getCurrentSelection(event));
        if (selected.isEmpty() && HandlerUtil.getActivePart(event) instanceof CommitmentsView view) {
            selected = view.selectedCommitments();
        }
        if (selected.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.Status_Title, Messages.Status_NothingSelected);
            return null;
        }
        CommitmentService service = Services.getOrSay(CommitmentService.class, shell, Messages.Status_Title)
                .orElse(null);
        if (service == null) {
            return null;
        }
        String status = event.getParameter(PARAMETER);
        // the service announces the change; the views follow it
        new StatusDialog(shell, service, selected, status == null ? null : CommitmentStatus.get(status)).open();
        return null;
    }

    static List<CommitmentSummary> selected(ISelection selection) {
        List<CommitmentSummary> result = new ArrayList<>();
        if (selection instanceof IStructuredSelection s) {
            for (Object o : s.toList()) {
                if (o instanceof CommitmentSummary c) {
                    result.add(c);
                }
            }
        }
        return result;
    }
}
