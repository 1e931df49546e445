package dev.candor.profiles.ui.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.candor.profiles.CustomerService;
import dev.candor.profiles.DuplicateGroup;
import dev.candor.store.StoreException;
import dev.candor.ui.Services;

/** Scans every customer for duplicates in a cancellable job, then lists the groups. */
public final class FindDuplicatesHandler extends AbstractHandler {

    /** The family of the scan job, for the job manager (join, cancel). */
    public static final Object FAMILY = FindDuplicatesHandler.class;

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        CustomerService service = Services.getOrSay(CustomerService.class, window.getShell(), Messages.Duplicates_Title)
                .orElse(null);
        if (service == null) {
            return null;
        }
        Job job = new Job(Messages.Duplicates_Job) {
            @Override
            protected org.eclipse.core.runtime.IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                try {
                    List<DuplicateGroup> groups = service.findDuplicates(monitor);
                    window.getShell().getDisplay().asyncExec(() -> {
                        if (!window.getShell().isDisposed()) {
                            new DuplicatesDialog(window.getShell(), window.getActivePage(), service, groups).open();
                        }
                    });
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (StoreException e) {
                    return Status.error(NLS.bind(Messages.Duplicates_Failed, e.getMessage()));
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
        return null;
    }
}
