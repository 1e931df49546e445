package dev.candor.history.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

import dev.candor.model.Interaction;

/** Corrects the interaction selected in the history. */
public final class EditInteractionHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Interaction interaction = Corrections.selected(event);
        if (interaction != null) {
            Corrections.edit(dev.candor.ui.CandorUi.shell(event), interaction,
                    Corrections.customerName(event, interaction));
        }
        return null;
    }
}
