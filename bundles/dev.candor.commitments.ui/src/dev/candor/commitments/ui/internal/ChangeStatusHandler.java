package dev.candor.commitments.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.candor.model.CommitmentStatus;
import dev.candor.store.CandorStore;
import dev.candor.store.CommitmentSummary;
import dev.candor.ui.DataEvents;
import dev.candor.ui.StoreAccess;

/** Changes the status of the selected commitments; the optional parameter picks the status first offered. */
public final class ChangeStatusHandler extends AbstractHandler {

    public static final String COMMAND = "dev.candor.commitments.ui.commands.changeStatus"; //$NON-NLS-1$
    public static final String PARAMETER = "dev.candor.commitments.ui.commands.changeStatus.status"; //$NON-NLS-1$

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        List<CommitmentSummary> selected = selected(HandlerUtil.getCurrentSelection(event));
        if (selected.isEmpty() && HandlerUtil.getActivePart(event) instanceof CommitmentsView view) {
            selected = view.selectedCommitments();
        }
        CandorStore store = StoreAccess.await(0).orElse(null);
        if (selected.isEmpty() || store == null) {
            MessageDialog.openInformation(shell, Messages.Status_Title, Messages.Status_NothingSelected);
            return null;
        }
        String status = event.getParameter(PARAMETER);
        StatusDialog dialog = new StatusDialog(shell, store, selected,
                status == null ? null : CommitmentStatus.get(status));
        if (dialog.open() == Window.OK) {
            DataEvents.post("commitment.status"); //$NON-NLS-1$
        }
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
