package dev.candor.ui.internal.customers;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;
import org.eclipse.nebula.widgets.nattable.selection.RowSelectionProvider;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;

import dev.candor.profiles.CustomerService;
import dev.candor.services.DataTopics;
import dev.candor.store.CustomerSummary;
import dev.candor.ui.Background;
import dev.candor.ui.CandorUi;
import dev.candor.ui.DataEvents;
import dev.candor.ui.internal.Messages;
import dev.candor.ui.RowTable;
import dev.candor.ui.Services;
import dev.candor.ui.internal.customers.CustomerIndex.Column;
import dev.candor.nls.Plurals;

/**
 * Every customer in a NatTable, which paints only the visible cells: a
 * change of the row count costs nothing, so filtering 100,000 customers is
 * as quick as scanning their search keys. The first page by name comes
 * straight from the database's name index; the full index that filtering and
 * sorting need loads behind it.
 */
public final class CustomersView extends ViewPart {

    /** Rows shown from the name index while the full index loads. */
    static final int FIRST_PAGE = 200;
    private static final int[] WIDTHS = { 240, 200, 120, 120, 230, 150, 130, 100 };

    Text filter;
    private Label message;
    NatTable table;
    private RowTable<CustomerSummary> rowTable;
    private RowSelectionProvider<CustomerSummary> selectionProvider;
    final Rows rows = new Rows();
    private CustomerIndex index;
    private List<CustomerSummary> firstPage = List.of();
    private Runnable unsubscribe = () -> {
    };
    private Job loadJob;
    private long createdNanos;
    private long firstPaintMillis = -1;
    private long indexReadyMillis = -1;

    /** The rows on display: the first page until the index is loaded, then the index's current view. */
    final class Rows implements IRowDataProvider<CustomerSummary> {
        @Override
        public Object getDataValue(int column, int row) {
            return Column.values()[column].valueOf(getRowObject(row));
        }

        @Override
        public void setDataValue(int column, int row, Object value) {
            throw new UnsupportedOperationException("the Customers view is read-only"); //$NON-NLS-1$
        }

        @Override
        public int getColumnCount() {
            return Column.values().length;
        }

        @Override
        public int getRowCount() {
            return index != null ? index.visibleCount() : firstPage.size();
        }

        @Override
        public CustomerSummary getRowObject(int row) {
            return index != null ? index.visible(row) : firstPage.get(row);
        }

        @Override
        public int indexOfRowObject(CustomerSummary summary) {
            for (int row = 0; row < getRowCount(); row++) {
                if (getRowObject(row).id() == summary.id()) {
                    return row;
                }
            }
            return -1;
        }
    }

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

        table = createTable(parent);
        rowTable.enterFrom(filter);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        getSite().setSelectionProvider(selectionProvider);

        // a name, an address, a city: what the list shows comes from the customers alone
        unsubscribe = DataEvents.subscribe(parent.getDisplay(), DataTopics.all(DataTopics.CUSTOMER), change -> load());
        load();
    }

    private NatTable createTable(Composite parent) {
        String[] titles = { Messages.Customers_ColumnName, Messages.Customers_ColumnOrganisation,
                Messages.Customers_ColumnCity, Messages.Customers_ColumnCountry, Messages.Customers_ColumnEmail,
                Messages.Customers_ColumnPhone, Messages.Customers_ColumnOwner, Messages.Customers_ColumnLanguage };
        rowTable = new RowTable<>(parent, rows, titles, WIDTHS, new IndexSortModel(this));
        rowTable.onOpen(this::openSelection);
        // others contribute at popup:CandorUi.VIEW_CUSTOMERS
        rowTable.contextMenu(getSite(), CandorUi.VIEW_CUSTOMERS, new GroupMarker(CandorUi.GROUP_OPEN),
                new Separator(CandorUi.GROUP_EDIT));
        selectionProvider = rowTable.selectionProvider();
        return rowTable.table();
    }

    /** Reloads: first page at once, then the full index, both in a job. */
    public void load() {
        if (loadJob != null) {
            loadJob.cancel();
        }
        Job job = Job.create(Messages.Customers_LoadJob, (IProgressMonitor monitor) -> {
            CustomerService customers = Services.await(CustomerService.class, Services.OPEN_TIMEOUT_MILLIS).orElse(null);
            if (customers == null) {
                rowTable.asyncExec(() -> showProblem(Services.whyUnavailable()));
                return Status.OK_STATUS;
            }
            try {
                if (index == null) {
                    List<CustomerSummary> page = customers.firstByName(FIRST_PAGE);
                    rowTable.asyncExec(() -> showFirstPage(page));
                }
                List<CustomerSummary> summaries = customers.allSummaries();
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                CustomerIndex loaded = new CustomerIndex(summaries);
                rowTable.asyncExec(() -> setIndex(loaded));
                return Status.OK_STATUS;
            } catch (Exception e) {
                rowTable.asyncExec(() -> showProblem(NLS.bind(Messages.Customers_LoadFailed, e.getMessage())));
                return Status.info(e.getMessage());
            }
        });
        loadJob = job;
        job.schedule();
    }

    private void showFirstPage(List<CustomerSummary> page) {
        if (index != null) {
            return;
        }
        firstPage = page;
        rowsChanged();
        table.update(); // paint now, so that the figure includes the rows
        recordFirstPaint();
        showMessage(Messages.Customers_Loading);
    }

    private void recordFirstPaint() {
        if (firstPaintMillis < 0) {
            firstPaintMillis = (System.nanoTime() - createdNanos) / 1_000_000;
        }
        Background.startupDataShown(); // the start-up work that waited for this paint may run
    }

    private void showProblem(String text) {
        showMessage(text);
        Background.startupDataShown(); // nothing more to paint: no reason to hold the start-up work back
    }

    private void setIndex(CustomerIndex loaded) {
        if (index != null) {
            loaded.sort(index.getSortColumn(), index.isAscending());
        }
        loaded.filter(filter.getText());
        index = loaded;
        firstPage = List.of();
        rowsChanged();
        table.update();
        recordFirstPaint();
        if (indexReadyMillis < 0) {
            indexReadyMillis = (System.nanoTime() - createdNanos) / 1_000_000;
        }
    }

    private void applyFilter() {
        if (index == null) {
            return; // applied when the index arrives
        }
        index.filter(filter.getText());
        rowsChanged();
    }

    /** Called by the sort model when a header is clicked. */
    void sortBy(Column column, boolean ascending) {
        if (index == null) {
            return;
        }
        index.sort(column, ascending);
        rowsChanged();
    }

    private void rowsChanged() {
        rowTable.rowsChanged();
        if (index == null) {
            return;
        }
        String status = index.getQuery().isEmpty() ? Plurals.format(Messages.Customers_StatusAll, index.size())
                : Plurals.format(Messages.Customers_Status, index.visibleCount(), index.size());
        getViewSite().getActionBars().getStatusLineManager().setMessage(status);
        if (index.visibleCount() == 0 && !index.getQuery().isEmpty()) {
            showMessage(NLS.bind(Messages.Customers_NoMatch, filter.getText().strip()));
        } else {
            showMessage(status);
        }
    }

    private void showMessage(String text) {
        if (!message.isDisposed() && !text.equals(message.getText())) {
            message.setText(text);
            message.getParent().layout(true);
        }
    }

    /**
     * Opens the selected customers through {@link CandorUi#COMMAND_OPEN_CUSTOMER}:
     * the profile bundle handles it; without that bundle nothing opens.
     */
    private void openSelection() {
        if (((IStructuredSelection) selectionProvider.getSelection()).isEmpty()) {
            return;
        }
        IHandlerService handlers = getSite().getService(IHandlerService.class);
        try {
            handlers.executeCommand(CandorUi.COMMAND_OPEN_CUSTOMER, null);
        } catch (org.eclipse.core.commands.NotHandledException | org.eclipse.core.commands.NotEnabledException e) {
            getViewSite().getActionBars().getStatusLineManager().setMessage(Messages.Customers_NoProfiles);
        } catch (org.eclipse.core.commands.ExecutionException
                | org.eclipse.core.commands.common.NotDefinedException e) {
            getViewSite().getActionBars().getStatusLineManager().setErrorMessage(e.getMessage());
        }
    }

    /** The loaded index, or {@code null} while the first load runs. */
    public CustomerIndex getIndex() {
        return index;
    }

    /** Milliseconds from creation until the first rows were painted, or -1; for the benchmark. */
    public long getFirstPaintMillis() {
        return firstPaintMillis;
    }

    /** Milliseconds from creation until filtering and sorting were ready, or -1; for the benchmark. */
    public long getIndexReadyMillis() {
        return indexReadyMillis;
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
