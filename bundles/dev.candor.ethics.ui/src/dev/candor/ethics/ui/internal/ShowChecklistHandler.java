package dev.candor.ethics.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.candor.model.Interaction;

/** Opens the Ethics Checklist on the selected interaction. */
public final class ShowChecklistHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        Object element = selection instanceof IStructuredSelection s && s.size() == 1 ? s.getFirstElement() : null;
        Interaction interaction = element == null ? null : Adapters.adapt(element, Interaction.class);
        try {
            EthicsChecklistView view = (EthicsChecklistView) window.getActivePage().showView(EthicsChecklistView.ID);
            if (interaction != null) {
                view.show(interaction.getId());
            }
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
