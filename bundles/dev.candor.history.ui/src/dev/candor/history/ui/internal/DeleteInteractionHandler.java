package dev.candor.history.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

import dev.candor.model.Interaction;

/** Deletes the interaction selected in the history, for a reason (also the workbench's Delete, the Delete key). */
public final class DeleteInteractionHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Interaction interaction = Corrections.selected(event);
        if (interaction != null) {
            Corrections.delete(dev.candor.ui.CandorUi.shell(event), interaction);
        }
        return null;
    }
}
