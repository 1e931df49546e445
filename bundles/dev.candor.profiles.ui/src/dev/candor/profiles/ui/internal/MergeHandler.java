package dev.candor.profiles.ui.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.candor.store.CandorStore;
import dev.candor.ui.StoreAccess;
import dev.candor.ui.CustomerRef;

/** Merges the two selected customers. */
public final class MergeHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        List<CustomerRef> customers = CustomerRef.all(HandlerUtil.getCurrentSelection(event));
        if (customers.size() != 2) {
            MessageDialog.openInformation(HandlerUtil.getActiveShellChecked(event), Messages.Merge_Title,
                    Messages.Merge_SelectTwo);
            return null;
        }
        CandorStore store = StoreAccess.await(0).orElse(null);
        if (store != null) {
            Merging.ask(HandlerUtil.getActiveShellChecked(event),
                    HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), store, customers.get(0).id(),
                    customers.get(1).id());
        }
        return null;
    }
}
