package dev.candor.history.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;

import dev.candor.history.GlobalSearch;
import dev.candor.history.SearchResults;
import dev.candor.history.SearchResults.InteractionHit;
import dev.candor.history.ui.HistoryUi;
import dev.candor.store.CustomerSummary;
import dev.candor.ui.CustomerRef;
import dev.candor.nls.Plurals;

/**
 * Search across customers and the text of every interaction, as you type;
 * case and diacritics do not matter. Stays open beside the window: a double
 * click opens the customer, or the interaction and its customer's history.
 */
public final class SearchDialog extends Dialog {

    /** The family of search jobs (cancelled together when the dialog closes or the query changes). */
    public static final Object FAMILY = SearchDialog.class;
    static final int PAGE = 50;

    private final IWorkbenchWindow window;
    Text query;
    Label summary;
    private ProgressBar progress;
    private Table results;
    final List<Object> shown = new ArrayList<>();
    private Job job;

    public SearchDialog(IWorkbenchWindow window) {
        super(window.getShell());
        this.window = window;
        setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MAX | SWT.MODELESS);
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Search_Title);
        shell.setImage(Images.named("search")); //$NON-NLS-1$
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.fillDefaults().margins(10, 10).spacing(6, 6).applyTo(area);
        query = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        query.setMessage(Messages.Search_Message);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(query);
        query.addModifyListener(event -> schedule(300));
        query.addListener(SWT.DefaultSelection, event -> schedule(0));
        Composite status = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(status);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        summary = new Label(status, SWT.NONE);
        summary.setText(Messages.Search_Hint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        progress = new ProgressBar(status, SWT.HORIZONTAL | SWT.INDETERMINATE);
        GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).exclude(true).applyTo(progress);
        progress.setVisible(false);
        results = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        results.setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(860, 420).applyTo(results);
        column(Messages.Search_ColumnWhat, 230);
        column(Messages.Search_ColumnCustomer, 180);
        column(Messages.Search_ColumnWhen, 150);
        column(Messages.Search_ColumnText, 480);
        results.addListener(SWT.DefaultSelection, event -> openSelected());
        return area;
    }

    private void column(String text, int width) {
        TableColumn column = new TableColumn(results, SWT.NONE);
        column.setText(text);
        column.setWidth(dev.candor.ui.Columns.atLeastTitle(results, text, width));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        }
        super.buttonPressed(buttonId);
    }

    @Override
    public boolean close() {
        if (job != null) {
            job.cancel();
        }
        return super.close();
    }

    private void schedule(long delay) {
        if (job != null) {
            job.cancel();
        }
        String text = query.getText();
        if (text.isBlank()) {
            results.removeAll();
            shown.clear();
            summary.setText(Messages.Search_Hint);
            return;
        }
        GlobalSearch search = dev.candor.ui.Services.get(GlobalSearch.class).orElse(null);
        if (search == null) {
            summary.setText(Messages.Search_NotReady);
            return;
        }
        job = new Job(NLS.bind(Messages.Search_Job, text)) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                long start = System.nanoTime();
                busy(true);
                try {
                    SearchResults found = search.search(text, PAGE, monitor);
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    if (!monitor.isCanceled()) {
                        results.getDisplay().asyncExec(() -> show(found, millis));
                    }
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (Exception e) {
                    results.getDisplay().asyncExec(() -> {
                        if (!summary.isDisposed()) {
                            summary.setText(NLS.bind(Messages.Search_Failed, e.getMessage()));
                        }
                    });
                    return Status.OK_STATUS;
                } finally {
                    busy(false);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setSystem(true);
        job.schedule(delay);
    }

    private void busy(boolean busy) {
        results.getDisplay().asyncExec(() -> {
            if (!progress.isDisposed()) {
                progress.setVisible(busy);
                ((org.eclipse.swt.layout.GridData) progress.getLayoutData()).exclude = !busy;
                progress.getParent().layout(true);
            }
        });
    }

    private void show(SearchResults found, long millis) {
        if (results.isDisposed() || !found.query().equals(query.getText())) {
            return;
        }
        results.removeAll();
        shown.clear();
        for (CustomerSummary customer : found.customers()) {
            TableItem item = new TableItem(results, SWT.NONE);
            item.setImage(0, Images.named("customer")); //$NON-NLS-1$
            item.setText(0, customer.name());
            item.setFont(0, JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
            item.setText(1, customer.organisation() == null ? "" : customer.organisation()); //$NON-NLS-1$
            item.setText(3, String.join("  \u00b7  ", nonBlank(customer.email(), customer.phone(), customer.city()))); //$NON-NLS-1$
            shown.add(customer);
        }
        for (InteractionHit hit : found.interactions()) {
            TableItem item = new TableItem(results, SWT.NONE);
            item.setImage(0, Images.of(hit.interaction().getChannel()));
            item.setText(0, hit.interaction().getSubject());
            item.setText(1, hit.customerName());
            item.setText(2, dev.candor.nls.Dates.dateTime(hit.interaction().getStartedAt(), dev.candor.ui.CandorUi.zone()));
            item.setText(3, hit.snippet());
            shown.add(hit);
        }
        summary.setText(found.isEmpty() ? NLS.bind(Messages.Search_Nothing, found.query())
                : Plurals.format(Messages.Search_Summary, new Object[] { found.customerTotal(), found.interactionTotal(),
                        Math.min(PAGE, found.interactionTotal()), millis }));
        summary.getParent().layout(true);
    }

    private static List<String> nonBlank(String... parts) {
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                out.add(part);
            }
        }
        return out;
    }

    private void openSelected() {
        int index = results.getSelectionIndex();
        if (index < 0 || index >= shown.size()) {
            return;
        }
        Object element = shown.get(index);
        if (element instanceof CustomerSummary customer) {
            openCustomer(customer);
        } else if (element instanceof InteractionHit hit) {
            // show the customer's history, then the record itself
            try {
                InteractionHistoryView view = (InteractionHistoryView) window.getActivePage().showView(
                        HistoryUi.VIEW_HISTORY);
                view.showCustomer(hit.interaction().getCustomerId(), hit.customerName());
            } catch (org.eclipse.ui.PartInitException e) {
                // the record below is still shown
            }
            new InteractionDialog(getShell(), hit.interaction(), hit.customerName()).open();
        }
    }

    private void openCustomer(CustomerSummary customer) {
        try {
            CustomerRef.of(customer).orElseThrow().open(window);
        } catch (org.eclipse.core.commands.common.CommandException e) {
            summary.setText(NLS.bind(Messages.Search_OpenFailed, e.getMessage()));
        }
    }
}
