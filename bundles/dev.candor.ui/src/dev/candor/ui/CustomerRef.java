package dev.candor.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

import dev.candor.model.Channel;
import dev.candor.model.Customer;
import dev.candor.store.CustomerSummary;

/**
 * A stored customer as views pass it around in selections: a
 * {@link CustomerSummary} from a list, or anything that adapts to a
 * {@link Customer} (an open profile), seen the same way.
 *
 * @param preferredChannel {@code null} if not known
 * @since 0.1
 */
public record CustomerRef(long id, String name, Channel preferredChannel) {

    /** The customer an element of a selection stands for; empty if none, or one not stored yet. */
    public static Optional<CustomerRef> of(Object element) {
        if (element instanceof CustomerRef ref) {
            return Optional.of(ref);
        }
        if (element instanceof CustomerSummary summary) {
            return Optional.of(new CustomerRef(summary.id(), summary.name(), summary.preferredChannel()));
        }
        Customer customer = element == null ? null : Adapters.adapt(element, Customer.class);
        if (customer == null || customer.getId() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new CustomerRef(customer.getId(), customer.getName(), customer.getPreferredChannel()));
    }

    /** The customers of a structured selection, in order. */
    public static List<CustomerRef> all(ISelection selection) {
        List<CustomerRef> refs = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object element : structured) {
                of(element).ifPresent(refs::add);
            }
        }
        return refs;
    }

    /**
     * Opens this customer through {@link CandorUi#COMMAND_OPEN_CUSTOMER}, as the
     * window's handler (the profile bundle's) does it.
     *
     * @throws org.eclipse.core.commands.NotHandledException if no bundle opens customers
     */
    public void open(org.eclipse.ui.services.IServiceLocator window)
            throws org.eclipse.core.commands.common.CommandException {
        org.eclipse.ui.commands.ICommandService commands = window.getService(org.eclipse.ui.commands.ICommandService.class);
        org.eclipse.ui.handlers.IHandlerService handlers = window.getService(org.eclipse.ui.handlers.IHandlerService.class);
        handlers.executeCommand(org.eclipse.core.commands.ParameterizedCommand.generateCommand(
                commands.getCommand(CandorUi.COMMAND_OPEN_CUSTOMER),
                java.util.Map.of(CandorUi.PARAMETER_CUSTOMER_ID, Long.toString(id))), null);
    }
}
