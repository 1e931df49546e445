package dev.candor.commitments.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

import dev.candor.commitments.CommitmentService;
import dev.candor.model.Priority;
import dev.candor.ui.Background;
import dev.candor.ui.DataEvents;
import dev.candor.ui.Services;

/**
 * Starts the reminders and listens for interactions the user logs: applies the response-time
 * policy (an inbound message awaiting an answer opens a "respond" commitment, an answer
 * keeps it) and offers the promises found in the text as commitments.
 */
public final class CommitmentsStartup implements IStartup {

    @Override
    public void earlyStartup() {
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> DataEvents.subscribeInteractionLogged(display, id -> interactionLogged(display, id)));
        // the first check reads every open commitment due soon: not while the window paints the customers
        Background.afterStartup(display, () -> new Reminders(display).start());
    }

    static void interactionLogged(Display display, long id) {
        Job job = Job.create(Messages.Suggest_Job, monitor -> {
            CommitmentService service = Services.await(CommitmentService.class, Services.OPEN_TIMEOUT_MILLIS)
                    .orElse(null);
            if (service == null) {
                return Status.OK_STATUS;
            }
            try {
                // the service announces the answers it opened or kept; what is left here is the offer
                CommitmentService.Logged logged = service.interactionLogged(id, Priority.MEDIUM).orElse(null);
                if (logged == null || logged.promises().isEmpty()) {
                    return Status.OK_STATUS;
                }
                display.asyncExec(() -> {
                    Shell shell = display.getActiveShell() != null ? display.getActiveShell()
                            : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
                    new SuggestionsDialog(shell, service, logged.interaction(), logged.customerName(),
                            logged.promises(), logged.followUp()).open();
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
