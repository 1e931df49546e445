package dev.candor.exchange.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import dev.candor.exchange.DataFormatException;
import dev.candor.exchange.ExchangeService;
import dev.candor.exchange.ImportChoices;
import dev.candor.exchange.ImportChoices.Resolution;
import dev.candor.exchange.ImportResult;
import dev.candor.exchange.LookAlike;
import dev.candor.exchange.internal.Format;
import dev.candor.ui.JobOutcomes;
import dev.candor.nls.Plurals;

/** Imports and exports run as user jobs (progress, cancel); the outcome is told in a dialog. */
public final class ExchangeJobs {

    /** The family of the import and export jobs. */
    public static final Object FAMILY = ExchangeJobs.class;
    /** The job's {@link Outcome} once it is done. */
    public static final QualifiedName OUTCOME = new QualifiedName("dev.candor.exchange.ui", "outcome"); //$NON-NLS-1$ //$NON-NLS-2$
    /** At most this many problems of a file are shown in the dialog. */
    static final int SHOWN_PROBLEMS = 15;

    private ExchangeJobs() {
    }

    /** What a finished job did, as told to the user. */
    public record Outcome(int severity, String message) {
    }

    private interface Work {
        Outcome run(IProgressMonitor monitor) throws Exception;
    }

    /**
     * Imports {@code file}: first a job looks for records like customers already in Candor; when it
     * finds some, the user chooses what happens to each ({@link LookAlikesDialog}) and the import
     * runs as a second job (the first one's {@link #FOLLOW_UP}); otherwise it imports at once.
     */
    public static Job importFile(Shell shell, ExchangeService service, Format format, Path file) {
        Job[] check = new Job[1];
        check[0] = schedule(shell, NLS.bind(Messages.Alike_Job, file.getFileName()), Messages.Import_Title,
                monitor -> importing(format, file, () -> {
                    List<LookAlike> alike = service.lookAlikes(format.id(), file, monitor);
                    if (alike.isEmpty()) {
                        return service.importFile(format.id(), file, ImportChoices.all(Resolution.SKIP), monitor);
                    }
                    shell.getDisplay().asyncExec(() -> choose(check[0], shell, service, format, file, alike));
                    return null; // the choice comes next; nothing to tell yet
                }));
        return check[0];
    }

    /** The job that imports after the user chose what to do with the look-alikes. */
    public static final QualifiedName FOLLOW_UP = new QualifiedName("dev.candor.exchange.ui", "followUp"); //$NON-NLS-1$ //$NON-NLS-2$

    private static void choose(Job check, Shell shell, ExchangeService service, Format format, Path file,
            List<LookAlike> alike) {
        if (shell.isDisposed()) {
            return;
        }
        LookAlikesDialog dialog = new LookAlikesDialog(shell, file, alike);
        if (dialog.open() != org.eclipse.jface.window.Window.OK) {
            org.eclipse.jface.dialogs.MessageDialog.openInformation(shell, Messages.Import_Title,
                    NLS.bind(Messages.Import_NotStarted, file.getFileName()));
            return;
        }
        ImportChoices choices = dialog.choices();
        check.setProperty(FOLLOW_UP, schedule(shell, NLS.bind(Messages.Import_Job, format.name(), file.getFileName()),
                Messages.Import_Title,
                monitor -> importing(format, file, () -> service.importFile(format.id(), file, choices, monitor))));
    }

    /** A step of an import: its result, or null when there is nothing to tell yet. */
    private interface ImportStep {
        ImportResult run() throws Exception;
    }

    /**
     * What an import step tells the user: what it did (the service audits the import and tells every
     * view to read again), the wrong lines of a refused file, or that it was cancelled.
     */
    private static Outcome importing(Format format, Path file, ImportStep step) throws Exception {
        try {
            ImportResult result = step.run();
            return result == null ? null
                    : new Outcome(IStatus.INFO, Plurals.format(Messages.Import_Done,
                            new Object[] { result.written(), format.name(), file }) + ' '
                            + NLS.bind(Messages.Import_Breakdown, new Object[] { result.created(), result.updated(),
                                    result.unchanged(), result.skipped() }));
        } catch (DataFormatException e) {
            return new Outcome(IStatus.WARNING, NLS.bind(Messages.Import_Refused, file.getFileName(), shown(e.getProblems())));
        } catch (OperationCanceledException e) {
            return new Outcome(IStatus.CANCEL, NLS.bind(Messages.Import_Cancelled, file.getFileName()));
        }
    }

    public static Job exportFile(Shell shell, ExchangeService service, Format format, Path file) {
        return schedule(shell, NLS.bind(Messages.Export_Job, format.name(), file.getFileName()), Messages.Export_Title,
                monitor -> {
                    try {
                        int count = service.exportFile(format.id(), file, monitor);
                        return new Outcome(IStatus.INFO, Plurals.format(Messages.Export_Done, new Object[] { count, format.name(), file }));
                    } catch (OperationCanceledException e) {
                        return new Outcome(IStatus.CANCEL, NLS.bind(Messages.Export_Cancelled, file.getFileName()));
                    }
                });
    }

    private static String shown(List<String> problems) {
        if (problems.size() <= SHOWN_PROBLEMS) {
            return String.join("\n", problems); //$NON-NLS-1$
        }
        return String.join("\n", problems.subList(0, SHOWN_PROBLEMS)) + "\n" //$NON-NLS-1$ //$NON-NLS-2$
                + NLS.bind(Messages.Import_MoreProblems, problems.size() - SHOWN_PROBLEMS);
    }

    private static Job schedule(Shell shell, String name, String title, Work work) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Outcome outcome;
                try {
                    outcome = work.run(monitor);
                } catch (Exception e) {
                    // told in the dialog; an unexpected failure of a contribution was logged by Exchange
                    outcome = new Outcome(IStatus.ERROR, NLS.bind(Messages.Job_Failed, e.getMessage()));
                }
                setProperty(OUTCOME, outcome);
                return outcome != null && outcome.severity() == IStatus.CANCEL ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(true);
        JobOutcomes.tellWhenDone(job, shell, title, event -> {
            Outcome result = (Outcome) event.getJob().getProperty(OUTCOME);
            return result == null ? null : new Status(result.severity(), "dev.candor.exchange.ui", result.message()); //$NON-NLS-1$
        });
        job.schedule();
        return job;
    }
}
