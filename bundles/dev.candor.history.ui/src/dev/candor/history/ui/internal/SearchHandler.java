package dev.candor.history.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the search dialog. */
public final class SearchHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        SearchDialog dialog = new SearchDialog(HandlerUtil.getActiveWorkbenchWindowChecked(event));
        dialog.open();
        return dialog;
    }
}
