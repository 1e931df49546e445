package dev.candor.profiles.ui.internal;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;

import dev.candor.model.Customer;
import dev.candor.profiles.CustomerService;
import dev.candor.store.RecordCounts;
import dev.candor.ui.Background;
import dev.candor.profiles.MergeResult;
import dev.candor.store.StoreException;
import dev.candor.ui.CustomerRef;

/** Asks which record to keep, then merges in a cancellable job. */
final class Merging {

    /** The family of merge jobs, for the job manager (join, cancel). */
    static final Object FAMILY = Merging.class;

    private Merging() {
    }

    /** Both records as they are now, and what is attached to each. */
    private record Pair(Customer first, RecordCounts firstAttached, Customer second, RecordCounts secondAttached) {
    }

    /**
     * Reads both records in a job, asks which to keep, then merges in a cancellable job;
     * {@code onMerged} runs in the UI thread once the merge is committed, with the id of the record merged away.
     */
    static void ask(Shell shell, IWorkbenchPage page, CustomerService service, long firstId, long secondId,
            java.util.function.LongConsumer onMerged) {
        Background.run(Messages.Merge_Title, shell, () -> {
            Customer first = service.find(firstId).orElse(null);
            Customer second = service.find(secondId).orElse(null);
            return first == null || second == null ? null
                    : new Pair(first, service.attached(firstId), second, service.attached(secondId));
        }, pair -> {
            if (pair == null) {
                MessageDialog.openInformation(shell, Messages.Merge_Title, Messages.Merge_Gone);
                return;
            }
            MergeDialog dialog = new MergeDialog(shell, pair.first(), pair.firstAttached(), pair.second(),
                    pair.secondAttached());
            if (dialog.open() == Window.OK) {
                schedule(page, service, dialog.survivor(), dialog.duplicate(), onMerged);
            }
        }, e -> MessageDialog.openError(shell, Messages.Merge_Title, NLS.bind(Messages.Merge_Failed, e.getMessage())));
    }

    static Job schedule(IWorkbenchPage page, CustomerService service, Customer survivor, Customer duplicate,
            java.util.function.LongConsumer onMerged) {
        Job job = new Job(NLS.bind(Messages.Merge_Job, duplicate.getName(), survivor.getName())) {
            @Override
            protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                try {
                    MergeResult result = service.merge(survivor.getId(), survivor.getVersion(), duplicate.getId(),
                            duplicate.getVersion(), monitor);
                    page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> {
                        onMerged.accept(duplicate.getId());
                        DeleteCustomerHandler.closeEditors(page, duplicate.getId());
                        DeleteCustomerHandler.closeEditors(page, survivor.getId());
                        try {
                            OpenCustomerHandler.open(page, java.util.List.of(CustomerRef.of(result.survivor()).orElseThrow()));
                        } catch (org.eclipse.core.commands.ExecutionException e) {
                            // the merge is done; the profile can be opened from the list
                        }
                    });
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (StoreException e) {
                    // no stack trace for the user: the message says what happened and that nothing changed
                    return Status.error(NLS.bind(Messages.Merge_Failed, e.getMessage()));
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }
}
