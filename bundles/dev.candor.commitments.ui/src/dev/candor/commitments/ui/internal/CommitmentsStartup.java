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

    /** What one transaction found and did for a logged interaction. */
    private record Logged(Interaction interaction, String customerName, List<Commitment> changed,
            ResponsePolicy policy) {
    }

    static void interactionLogged(Display display, long id) {
        java.time.Clock clock = dev.candor.ui.CandorUi.clock();
        Job job = Job.create(Messages.Suggest_Job, monitor -> {
            CandorStore store = StoreAccess.await(StoreAccess.OPEN_TIMEOUT_MILLIS).orElse(null);
            if (store == null) {
                return Status.OK_STATUS;
            }
            try {
                Logged logged = store.call(session -> {
                    Interaction interaction = session.interactions().find(id).orElse(null);
                    if (interaction == null) {
                        return null;
                    }
                    ResponsePolicies policies = Stores.policies(session);
                    return new Logged(interaction,
                            session.customers().find(interaction.getCustomerId()).map(Customer::getName).orElse("?"), //$NON-NLS-1$
                            Commitments.interactionLogged(session, interaction, policies, Priority.MEDIUM),
                            policies.policyFor(interaction.getAccountManager()));
                });
                if (logged == null) {
                    return Status.OK_STATUS;
                }
                Interaction interaction = logged.interaction();
                List<Commitment> changed = logged.changed();
                List<PromiseSuggestion> promises = Commitments.promisesIn(interaction, logged.policy());
                Instant at = interaction.getStartedAt().toInstant();
                Instant followUp = logged.policy().followUpDue(Priority.MEDIUM,
                        at.isBefore(clock.instant()) ? clock.instant() : at);
                display.asyncExec(() -> {
                    if (!changed.isEmpty()) {
                        DataEvents.post("commitment.respond"); //$NON-NLS-1$
                    }
                    if (!promises.isEmpty()) {
                        Shell shell = display.getActiveShell() != null ? display.getActiveShell()
                                : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
                        SuggestionsDialog dialog = new SuggestionsDialog(shell, store, interaction,
                                logged.customerName(), promises, followUp);
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
