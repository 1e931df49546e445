package dev.candor.commitments.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.candor.store.CandorStore;
import dev.candor.ui.StoreAccess;

/** Shows the kept-on-time rates. */
public final class RatesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        CandorStore store = StoreAccess.await(0).orElse(null);
        if (store == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShellChecked(event), Messages.Rates_Title,
                    Messages.New_NoStore);
            return null;
        }
        new RatesDialog(HandlerUtil.getActiveShellChecked(event), store).open();
        return null;
    }
}
