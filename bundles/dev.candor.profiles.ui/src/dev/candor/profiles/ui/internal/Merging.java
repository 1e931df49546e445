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

import dev.candor.ui.CandorUi;
import dev.candor.model.Customer;
import dev.candor.profiles.CustomerProfiles;
import dev.candor.profiles.MergeResult;
import dev.candor.store.CandorStore;
import dev.candor.store.StoreException;
import dev.candor.ui.DataEvents;
import dev.candor.ui.CustomerRef;

/** Asks which record to keep, then merges in a cancellable job. */
final class Merging {

    /** The family of merge jobs, for tests that wait for them. */
    static final Object FAMILY = Merging.class;

    private Merging() {
    }

    /** Returns the scheduled job, or {@code null} if the user cancelled or a record is gone. */
    static Job ask(Shell shell, IWorkbenchPage page, CandorStore store, long firstId, long secondId) {
        Customer first;
        Customer second;
        CustomerProfiles profiles = new CustomerProfiles(store, dev.candor.ui.CandorUi.clock());
        MergeDialog dialog;
        try {
            first = store.call(session -> session.customers().find(firstId)).orElse(null);
            second = store.call(session -> session.customers().find(secondId)).orElse(null);
            if (first == null || second == null) {
                MessageDialog.openInformation(shell, Messages.Merge_Title, Messages.Merge_Gone);
                return null;
            }
            dialog = new MergeDialog(shell, first, profiles.attached(firstId), second, profiles.attached(secondId));
        } catch (StoreException e) {
            MessageDialog.openError(shell, Messages.Merge_Title, NLS.bind(Messages.Merge_Failed, e.getMessage()));
            return null;
        }
        if (dialog.open() != Window.OK) {
            return null;
        }
        return schedule(page, profiles, dialog.survivor(), dialog.duplicate());
    }

    static Job schedule(IWorkbenchPage page, CustomerProfiles profiles, Customer survivor, Customer duplicate) {
        Job job = new Job(NLS.bind(Messages.Merge_Job, duplicate.getName(), survivor.getName())) {
            @Override
            protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                try {
                    MergeResult result = profiles.merge(survivor.getId(), survivor.getVersion(), duplicate.getId(),
                            duplicate.getVersion(), CandorUi.currentUser(), monitor);
                    DataEvents.post("customer.merge"); //$NON-NLS-1$
                    page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> {
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
