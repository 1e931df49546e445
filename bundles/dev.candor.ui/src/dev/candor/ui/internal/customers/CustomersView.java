package dev.candor.ui.internal.customers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import dev.candor.store.CandorStore;
import dev.candor.store.CustomerSummary;
import dev.candor.ui.CandorUi;
import dev.candor.ui.internal.DataEvents;
import dev.candor.ui.internal.Messages;
import dev.candor.ui.internal.StoreAccess;
import dev.candor.ui.internal.customers.CustomerIndex.Column;
import dev.candor.ui.internal.editor.CustomerEditorInput;

/**
 * Every customer in a virtual table: only the visible rows are materialised,
 * so 100,000 customers paint as fast as 100. Filter as you type, sort by any
 * column, open with a double click or Enter.
 */
public final class CustomersView extends ViewPart {

    private static final int[] WIDTHS = { 230, 190, 110, 110, 220, 140, 120, 90 };

    private Text filter;
    private Label message;
    private TableViewer viewer;
    private CustomerIndex index;
    private Runnable unsubscribe = () -> {
    };
    private Job loadJob;
    private long createdNanos;
    private long firstPaintMillis = -1;

    @Override
    public void createPartControl(Composite parent) {
        createdNanos = System.nanoTime();
        GridLayoutFactory.fillDefaults().margins(4, 4).spacing(4, 4).applyTo(parent);
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.Customers_FilterMessage);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        filter.addModifyListener(e -> applyFilter());

        message = new Label(parent, SWT.WRAP);
        message.setText(Messages.Customers_Loading);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message);

        viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        String[] titles = { Messages.Customers_ColumnName, Messages.Customers_ColumnOrganisation,
                Messages.Customers_ColumnCity, Messages.Customers_ColumnCountry, Messages.Customers_ColumnEmail,
                Messages.Customers_ColumnPhone, Messages.Customers_ColumnOwner, Messages.Customers_ColumnLanguage };
        for (Column column : Column.values()) {
            TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
            viewerColumn.getColumn().setText(titles[column.ordinal()]);
            viewerColumn.getColumn().setWidth(WIDTHS[column.ordinal()]);
            viewerColumn.getColumn().setMoveable(true);
            viewerColumn.getColumn().setData(column);
            viewerColumn.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return column.valueOf((CustomerSummary) element);
                }
            });
            viewerColumn.getColumn().addListener(SWT.Selection, e -> sortBy(viewerColumn.getColumn()));
        }
        viewer.setContentProvider(new ILazyContentProvider() {
            @Override
            public void updateElement(int row) {
                if (index != null && row < index.visibleCount()) {
                    viewer.replace(index.visible(row), row);
                }
            }

            @Override
            public void inputChanged(Viewer v, Object oldInput, Object newInput) {
                // the index is read directly
            }
        });
        viewer.addOpenListener(e -> open((IStructuredSelection) e.getSelection()));
        table.setSortColumn(table.getColumn(0));
        table.setSortDirection(SWT.UP);
        getSite().setSelectionProvider(viewer);

        unsubscribe = DataEvents.subscribe(parent.getDisplay(), what -> load());
        load();
    }

    /** Reloads the summaries in a job; the table keeps showing the old ones meanwhile. */
    public void load() {
        CandorStore store = StoreAccess.current().orElse(null);
        if (store == null) {
            showMessage(Messages.Customers_NoStore);
            return;
        }
        if (loadJob != null) {
            loadJob.cancel();
        }
        Job job = Job.create(Messages.Customers_LoadJob, (IProgressMonitor monitor) -> {
            List<CustomerSummary> summaries = new ArrayList<>();
            try {
                store.call(session -> {
                    session.customers().forEachSummary(summaries::add);
                    return null;
                });
            } catch (Exception e) {
                asyncShow(NLS.bind(Messages.Customers_LoadFailed, e.getMessage()));
                return Status.info(e.getMessage());
            }
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            CustomerIndex loaded = new CustomerIndex(summaries);
            if (!viewer.getTable().isDisposed()) {
                viewer.getTable().getDisplay().asyncExec(() -> setIndex(loaded));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(false);
        loadJob = job;
        job.schedule();
    }

    private void setIndex(CustomerIndex loaded) {
        if (viewer.getTable().isDisposed()) {
            return;
        }
        if (index != null) {
            Column column = index.getSortColumn();
            loaded.sort(column, index.isAscending());
        }
        loaded.filter(filter.getText());
        index = loaded;
        refreshRows();
        if (firstPaintMillis < 0) {
            viewer.getTable().update(); // paint the visible rows now, so the figure includes them
            firstPaintMillis = (System.nanoTime() - createdNanos) / 1_000_000;
        }
    }

    private void applyFilter() {
        if (index == null) {
            return;
        }
        index.filter(filter.getText());
        refreshRows();
    }

    private void sortBy(TableColumn column) {
        if (index == null) {
            return;
        }
        Table table = viewer.getTable();
        boolean ascending = table.getSortColumn() != column || table.getSortDirection() != SWT.UP;
        index.sort((Column) column.getData(), ascending);
        table.setSortColumn(column);
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        refreshRows();
    }

    private void refreshRows() {
        Table table = viewer.getTable();
        table.setRedraw(false);
        try {
            viewer.setItemCount(index.visibleCount());
            table.clearAll();
        } finally {
            table.setRedraw(true);
        }
        String status = index.getQuery().isEmpty() ? NLS.bind(Messages.Customers_StatusAll, index.size())
                : NLS.bind(Messages.Customers_Status, index.visibleCount(), index.size());
        getViewSite().getActionBars().getStatusLineManager().setMessage(status);
        if (index.visibleCount() == 0 && !index.getQuery().isEmpty()) {
            showMessage(NLS.bind(Messages.Customers_NoMatch, filter.getText().strip()));
        } else {
            showMessage(status);
        }
    }

    private void showMessage(String text) {
        if (!message.isDisposed()) {
            message.setText(text);
            message.getParent().layout(true);
        }
    }

    private void asyncShow(String text) {
        if (!message.isDisposed()) {
            message.getDisplay().asyncExec(() -> showMessage(text));
        }
    }

    private void open(IStructuredSelection selection) {
        IWorkbenchPage page = getSite().getPage();
        for (Object element : selection) {
            CustomerSummary summary = (CustomerSummary) element;
            try {
                page.openEditor(new CustomerEditorInput(summary.id(), summary.name()), CandorUi.EDITOR_CUSTOMER);
            } catch (PartInitException e) {
                getViewSite().getActionBars().getStatusLineManager().setErrorMessage(e.getMessage());
            }
        }
    }

    /** The filter field; for tests and keyboard focus. */
    public Text getFilterText() {
        return filter;
    }

    public TableViewer getViewer() {
        return viewer;
    }

    /**
     * Milliseconds from the creation of the view until its first rows were
     * painted, or -1 before that; for the benchmark.
     */
    public long getFirstPaintMillis() {
        return firstPaintMillis;
    }

    /** The loaded index, or {@code null} while the first load runs. */
    public CustomerIndex getIndex() {
        return index;
    }

    @Override
    public void setFocus() {
        filter.setFocus();
    }

    @Override
    public void dispose() {
        unsubscribe.run();
        if (loadJob != null) {
            loadJob.cancel();
        }
        super.dispose();
    }
}
