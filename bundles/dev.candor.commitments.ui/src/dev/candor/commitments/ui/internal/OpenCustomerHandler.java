package dev.candor.commitments.ui.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.candor.store.CommitmentSummary;
import dev.candor.ui.CustomerRef;

/** Opens the customer of the selected commitment, through the shell's Open Customer command. */
public final class OpenCustomerHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        List<CommitmentSummary> selected = ChangeStatusHandler.selected(HandlerUtil.getCurrentSelection(event));
        if (selected.isEmpty()) {
            return null;
        }
        CommitmentSummary c = selected.get(0);
        try {
            new CustomerRef(c.customerId(), c.customerName(), null).open(HandlerUtil.getActiveWorkbenchWindowChecked(event));
        } catch (CommandException e) {
            MessageDialog.openInformation(dev.candor.ui.CandorUi.shell(event), Messages.View_Title,
                    Messages.View_NoProfiles);
        }
        return null;
    }
}
