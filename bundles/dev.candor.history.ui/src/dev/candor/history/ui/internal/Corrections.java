package dev.candor.history.ui.internal;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.candor.history.InteractionService;
import dev.candor.model.Interaction;
import dev.candor.ui.DataEvents;
import dev.candor.ui.Services;

/** Correcting and deleting a logged interaction, from the history's menu, the Delete key or its record. */
final class Corrections {

    private Corrections() {
    }

    /** The one interaction selected, or {@code null}. */
    static Interaction selected(ExecutionEvent event) {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        return selection instanceof IStructuredSelection s && s.size() == 1
                && s.getFirstElement() instanceof Interaction interaction ? interaction : null;
    }

    /** The name of the customer whose history the command came from; the record's number otherwise. */
    static String customerName(ExecutionEvent event, Interaction interaction) {
        return HandlerUtil.getActivePart(event) instanceof InteractionHistoryView history
                && history.getCustomerId() == interaction.getCustomerId() ? history.getCustomerName()
                        : "#" + interaction.getCustomerId(); //$NON-NLS-1$
    }

    /** Opens the correction of {@code interaction}; once saved, the policy and the promises are worked out again. */
    static void edit(Shell shell, Interaction interaction, String customerName) {
        InteractionService service = Services.getOrSay(InteractionService.class, shell, Messages.Edit_Title)
                .orElse(null);
        if (service == null) {
            return;
        }
        LogInteractionDialog dialog = new LogInteractionDialog(shell, service, interaction, customerName);
        if (dialog.open() == Window.OK) {
            // as after logging: an answer now owed is opened, new promises in the text are offered
            DataEvents.interactionLogged(dialog.getInteraction().getId());
        }
    }

    /** Asks why, then deletes {@code interaction}. */
    static void delete(Shell shell, Interaction interaction) {
        InteractionService service = Services.getOrSay(InteractionService.class, shell, Messages.Delete_Title)
                .orElse(null);
        if (service != null) {
            new DeleteInteractionDialog(shell, service, interaction).open();
        }
    }
}
