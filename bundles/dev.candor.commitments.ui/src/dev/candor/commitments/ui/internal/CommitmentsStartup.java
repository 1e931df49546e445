package dev.candor.commitments.ui.internal;

import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

import dev.candor.commitments.Commitments;
import dev.candor.commitments.PromiseDetector;
import dev.candor.commitments.PromiseSuggestion;
import dev.candor.commitments.ResponsePolicies;
import dev.candor.commitments.ResponsePolicy;
import dev.candor.model.Commitment;
import dev.candor.model.Customer;
import dev.candor.model.Interaction;
import dev.candor.model.Priority;
import dev.candor.store.CandorStore;
import dev.candor.ui.DataEvents;
import dev.candor.ui.StoreAccess;

/**
 * Starts the reminders and listens for interactions the user logs: applies the response-time
 * policy (an inbound message awaiting an answer opens a "respond" commitment, an answer
 * keeps it) and offers the promises found in the text as commitments.
 */
public final class CommitmentsStartup implements IStartup {

    @Override
    public void earlyStartup() {
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> {
            new Reminders(display).start();
            DataEvents.subscribeInteractionLogged(display, id -> interactionLogged(display, id));
        });
    }

    static void interactionLogged(Display display, long id) {
        Job job = Job.create(Messages.Suggest_Job, monitor -> {
            CandorStore store = StoreAccess.await(StoreAccess.OPEN_TIMEOUT_MILLIS).orElse(null);
            if (store == null) {
                return Status.OK_STATUS;
            }
            try {
                Interaction interaction = store.call(s -> s.interactions().find(id)).orElse(null);
                if (interaction == null) {
                    return Status.OK_STATUS;
                }
                Customer customer = store.call(s -> s.customers().find(interaction.getCustomerId())).orElse(null);
                ResponsePolicies policies = store.call(Stores::policies);
                List<Commitment> changed = store.call(
                        s -> Commitments.interactionLogged(s, interaction, policies, Priority.MEDIUM));
                ResponsePolicy policy = policies.policyFor(interaction.getAccountManager());
                Instant at = interaction.getStartedAt().toInstant();
                String text = interaction.getSubject() + ".\n" //$NON-NLS-1$
                        + (interaction.getNotes() == null ? "" : interaction.getNotes()); //$NON-NLS-1$
                List<PromiseSuggestion> promises = new PromiseDetector().detect(text,
                        at.atZone(policy.calendar().zone()), policy.calendar());
                Instant followUp = policy.followUpDue(Priority.MEDIUM, at.isBefore(Instant.now()) ? Instant.now() : at);
                display.asyncExec(() -> {
                    if (!changed.isEmpty()) {
                        DataEvents.post("commitment.respond"); //$NON-NLS-1$
                    }
                    if (!promises.isEmpty()) {
                        Shell shell = display.getActiveShell() != null ? display.getActiveShell()
                                : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
                        SuggestionsDialog dialog = new SuggestionsDialog(shell, store, interaction,
                                customer == null ? "?" : customer.getName(), promises, followUp); //$NON-NLS-1$
                        if (dialog.open() == org.eclipse.jface.window.Window.OK && dialog.getCreated() > 0) {
                            DataEvents.post("commitment.suggested"); //$NON-NLS-1$
                        }
                    }
                });
                return Status.OK_STATUS;
            } catch (Exception e) {
                ILog.of(CommitmentsStartup.class).log(Status.error(e.getMessage(), e));
                return Status.OK_STATUS;
            }
        });
        job.setSystem(true);
        job.schedule();
    }
}
