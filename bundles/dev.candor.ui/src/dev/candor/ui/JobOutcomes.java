package dev.candor.ui;

import java.util.function.Function;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Tells the user how a background job ended (an export written, a batch done, a file
 * refused) in a dialog over the window, once the job is done.
 *
 * @since 0.1
 */
public final class JobOutcomes {

    private JobOutcomes() {
    }

    /**
     * When {@code job} is done, shows what {@code told} makes of it ({@code null}: nothing)
     * over {@code shell}, if that is still open: an error as an error, a warning as a
     * warning, anything else as information. Pass the window's shell: a dialog that
     * started the job may be gone when it ends.
     */
    public static void tellWhenDone(Job job, Shell shell, String title, Function<IJobChangeEvent, IStatus> told) {
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                IStatus status = told.apply(event);
                if (status == null || shell == null || shell.isDisposed()) {
                    return;
                }
                shell.getDisplay().asyncExec(() -> {
                    if (shell.isDisposed()) {
                        return;
                    }
                    switch (status.getSeverity()) {
                    case IStatus.ERROR -> MessageDialog.openError(shell, title, status.getMessage());
                    case IStatus.WARNING -> MessageDialog.openWarning(shell, title, status.getMessage());
                    default -> MessageDialog.openInformation(shell, title, status.getMessage());
                    }
                });
            }
        });
    }

    /** What jobs that report success as an INFO status tell (their failures the platform reports). */
    public static IStatus informational(IJobChangeEvent event) {
        return event.getResult().getSeverity() == IStatus.INFO ? event.getResult() : null;
    }
}
