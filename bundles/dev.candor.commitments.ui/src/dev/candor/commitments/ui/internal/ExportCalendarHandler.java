package dev.candor.commitments.ui.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.candor.commitments.ICalendarWriter;
import dev.candor.commitments.CommitmentService;
import dev.candor.services.ServiceContext;
import dev.candor.store.CommitmentSummary;
import dev.candor.ui.Labels;
import dev.candor.ui.Services;
import dev.candor.nls.Plurals;

/**
 * Exports the open commitments shown in the Commitments view (all open ones when the view
 * is not active) to an iCalendar file, in a job with progress and cancel; the file appears
 * only when complete, so a cancelled or failed export leaves no half-written file.
 */
public final class ExportCalendarHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveWorkbenchWindowChecked(event).getShell(); // outlives any dialog, for the job's outcome
        CommitmentService service = Services.getOrSay(CommitmentService.class, shell, Messages.Export_Title)
                .orElse(null);
        ServiceContext context = Services.get(ServiceContext.class).orElse(null);
        if (service == null || context == null) {
            return null;
        }
        List<CommitmentSummary> shown = HandlerUtil.getActivePart(event) instanceof CommitmentsView view
                && view.isLoaded() ? view.getList().rows().stream().filter(CommitmentSummary.class::isInstance)
                        .map(CommitmentSummary.class::cast).filter(CommitmentSummary::isOpen).toList()
                : null;
        FileDialog files = new FileDialog(shell, SWT.SAVE);
        files.setText(Messages.Export_Title);
        files.setFilterExtensions(new String[] { "*.ics" }); //$NON-NLS-1$
        files.setFileName("candor-commitments.ics"); //$NON-NLS-1$
        files.setOverwrite(true);
        String chosen = files.open();
        if (chosen == null) {
            return null;
        }
        Path target = Path.of(chosen.endsWith(".ics") ? chosen : chosen + ".ics"); //$NON-NLS-1$ //$NON-NLS-2$
        String domain = context.location().replaceAll("[^A-Za-z0-9.-]", "-") + ".candor"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        java.time.Clock clock = dev.candor.ui.CandorUi.clock();
        Job job = Job.create(NLS.bind(Messages.Export_Job, target.getFileName()), monitor -> {
            try {
                List<CommitmentSummary> commitments = shown != null ? shown
                        : service.summaries(0, true);
                int written = write(commitments, target, domain, clock.instant(),
                        SubMonitor.convert(monitor, commitments.size()));
                return written < 0 ? Status.CANCEL_STATUS
                        : Status.info(Plurals.format(Messages.Export_Done, written, target));
            } catch (Exception e) {
                return Status.error(NLS.bind(Messages.Export_Failed, target, e.getMessage()), e);
            }
        });
        job.setUser(true);
        dev.candor.ui.JobOutcomes.tellWhenDone(job, shell, Messages.Export_Title, dev.candor.ui.JobOutcomes::informational);
        job.schedule();
        return null;
    }

    /** Writes the file (stamped {@code now}) next to its target and moves it in place; -1 if cancelled. */
    public static int write(List<CommitmentSummary> commitments, Path target, String domain, Instant now,
            SubMonitor progress)
            throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".part"); //$NON-NLS-1$
        try {
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                    ICalendarWriter ics = new ICalendarWriter(out, now, domain)) {
                for (CommitmentSummary c : commitments) {
                    if (progress.isCanceled()) {
                        return -1;
                    }
                    ics.add(c, NLS.bind(Messages.Export_Summary, c.description(), c.customerName()),
                            NLS.bind(Messages.Export_Description, new Object[] { c.customerName(), c.owner(),
                                    Labels.of(c.priority()), Labels.of(c.status()), Texts.kind(c.kind()) }),
                            true);
                    progress.worked(1);
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return commitments.size();
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
