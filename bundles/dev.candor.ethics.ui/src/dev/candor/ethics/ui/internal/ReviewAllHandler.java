package dev.candor.ethics.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.candor.ethics.Reviewing;
import dev.candor.ethics.ReviewService;
import dev.candor.ui.JobOutcomes;
import dev.candor.ui.Services;
import dev.candor.nls.Plurals;

/**
 * Reviews every interaction that has no review yet with the automatic checks,
 * as a job with progress and cancel (Progress view). Only one runs at a time.
 */
public final class ReviewAllHandler extends AbstractHandler {

    /** The family of the batch job, to find or wait for it. */
    public static final Object FAMILY = ReviewAllHandler.class;

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveWorkbenchWindowChecked(event).getShell(); // outlives any dialog, for the job's outcome
        ReviewService service = Services.getOrSay(ReviewService.class, shell, Messages.Batch_Title).orElse(null);
        if (service == null) {
            return null;
        }
        if (Job.getJobManager().find(FAMILY).length > 0) {
            MessageDialog.openInformation(shell, Messages.Batch_Title, Messages.Batch_Running);
            return null;
        }
        if (!MessageDialog.openConfirm(shell, Messages.Batch_Title, Messages.Batch_Confirm)) {
            return null;
        }
        schedule(service, shell);
        return null;
    }

    /** Starts the batch; when it ends, says what it did. */
    public static Job schedule(ReviewService service, Shell shell) {
        Job job = new Job(Messages.Batch_Job) {
            @Override
            protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                try {
                    // the service announces each chunk it stored
                    Reviewing.BatchResult result = service.reviewUnreviewed(monitor);
                    String seconds = String.format("%.1f", result.millis() / 1000.0); //$NON-NLS-1$
                    return result.cancelled() ? Status.info(Plurals.format(Messages.Batch_Cancelled, result.reviewed()))
                            : Status.info(Plurals.format(Messages.Batch_Done,
                                    new Object[] { result.reviewed(), seconds, result.failedReviews() }));
                } catch (Exception e) {
                    return Status.error(NLS.bind(Messages.Batch_Failed, e.getMessage()), e);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(true);
        JobOutcomes.tellWhenDone(job, shell, Messages.Batch_Title, JobOutcomes::informational);
        job.schedule();
        return job;
    }
}
