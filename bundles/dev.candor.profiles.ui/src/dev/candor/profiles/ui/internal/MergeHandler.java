package dev.candor.profiles.ui.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.candor.profiles.CustomerService;
import dev.candor.ui.Services;
import dev.candor.ui.CustomerRef;

/** Merges the two selected customers. */
public final class MergeHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        List<CustomerRef> customers = CustomerRef.all(HandlerUtil.getCurrentSelection(event));
        if (customers.size() != 2) {
            MessageDialog.openInformation(dev.candor.ui.CandorUi.shell(event), Messages.Merge_Title,
                    Messages.Merge_SelectTwo);
            return null;
        }
        Shell shell = HandlerUtil.getActiveWorkbenchWindowChecked(event).getShell();
        org.eclipse.ui.IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        Services.getOrSay(CustomerService.class, shell, Messages.Merge_Title).ifPresent(service -> Merging.ask(shell,
                page, service, customers.get(0).id(), customers.get(1).id(), gone -> {
                }));
        return null;
    }
}
