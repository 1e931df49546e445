package dev.candor.commitments.ui.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;
import org.eclipse.nebula.widgets.nattable.painter.cell.ImagePainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.CellPainterDecorator;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.PaddingDecorator;
import org.eclipse.nebula.widgets.nattable.selection.RowSelectionProvider;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.ui.util.CellEdgeEnum;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;

import dev.candor.commitments.DueBuckets;
import dev.candor.commitments.DueBuckets.Bucket;
import dev.candor.commitments.ui.internal.CommitmentList.Column;
import dev.candor.commitments.ui.internal.CommitmentList.Header;
import dev.candor.commitments.ui.internal.CommitmentList.Scope;
import dev.candor.commitments.CommitmentService;
import dev.candor.services.DataTopics;
import dev.candor.store.CommitmentSummary;
import dev.candor.ui.CustomerRef;
import dev.candor.ui.DataEvents;
import dev.candor.ui.Labels;
import dev.candor.ui.PaintTiming;
import dev.candor.ui.RowTable;
import dev.candor.ui.Services;

/**
 * Every commitment across all customers, or those of the customer selected elsewhere,
 * grouped by when they are due, soonest first, with overdue and due-soon ones marked.
 * The first open ones come straight from the due-time index; all of them load behind.
 */
public final class CommitmentsView extends ViewPart implements PaintTiming {

    /** Candor's clock: what this asks for the time. */
    private final java.time.Clock clock = dev.candor.ui.CandorUi.clock();

    public static final String ID = "dev.candor.commitments.ui.views.commitments"; //$NON-NLS-1$

    static final int FIRST_PAGE = 200;
    private static final int[] WIDTHS = { 225, 170, 130, 190, 140, 80, 110 };
    private static final String GROUP = "GROUP"; //$NON-NLS-1$
    private static final String OVERDUE = "OVERDUE"; //$NON-NLS-1$
    private static final String OVERDUE_LEFT = "OVERDUE_LEFT"; //$NON-NLS-1$
    private static final String SOON = "SOON"; //$NON-NLS-1$
    private static final String SOON_LEFT = "SOON_LEFT"; //$NON-NLS-1$
    private static final String CLOSED = "CLOSED"; //$NON-NLS-1$

    private final CommitmentList list = new CommitmentList(DueBuckets.at(clock.instant(), clock.getZone()));
    private final Rows rows = new Rows();
    private List<Object> firstPage;
    private boolean loaded;
    Text filter;
    private Combo scope;
    private Combo owner;
    private Button followCustomer;
    Label summary;
    NatTable table;
    private RowTable<Object> rowTable;
    RowSelectionProvider<Object> selectionProvider;
    private Job loadJob;
    private Runnable unsubscribe = () -> {
    };
    private final ISelectionListener customerListener = this::selectionElsewhere;
    private CustomerRef followed;
    private long createdNanos;
    private long firstPaintMillis = -1;
    private final Runnable tick = this::tick;

    /** Header rows and commitments, in display order. */
    private final class Rows implements IRowDataProvider<Object> {
        @Override
        public Object getDataValue(int column, int row) {
            Object value = getRowObject(row);
            if (value instanceof Header header) {
                return column == 0 ? Texts.bucket(header.bucket()) + "  (" + header.count() + ")" : ""; //$NON-NLS-1$ //$NON-NLS-2$
            }
            CommitmentSummary c = (CommitmentSummary) value;
            return switch (Column.values()[column]) {
            case DESCRIPTION -> c.description();
            case CUSTOMER -> c.customerName();
            case OWNER -> c.owner();
            case DUE -> Texts.due(c.dueAt());
            case LEFT -> Texts.left(c, list.buckets().now());
            case PRIORITY -> Labels.of(c.priority());
            case STATUS -> Labels.of(c.status()) + (c.kind() == dev.candor.model.CommitmentKind.RESPOND
                    ? " \u00b7 " + Texts.kind(c.kind()) : ""); //$NON-NLS-1$ //$NON-NLS-2$
            };
        }

        @Override
        public void setDataValue(int column, int row, Object value) {
            throw new UnsupportedOperationException("change commitments through their commands"); //$NON-NLS-1$
        }

        @Override
        public int getColumnCount() {
            return Column.values().length;
        }

        @Override
        public int getRowCount() {
            return loaded ? list.rows().size() : firstPage == null ? 0 : firstPage.size();
        }

        @Override
        public Object getRowObject(int row) {
            return loaded ? list.rows().get(row) : firstPage.get(row);
        }

        @Override
        public int indexOfRowObject(Object object) {
            List<?> shown = loaded ? list.rows() : firstPage;
            return shown == null ? -1 : shown.indexOf(object);
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        createdNanos = System.nanoTime();
        GridLayoutFactory.fillDefaults().margins(4, 4).spacing(4, 4).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        // two rows, so that the filter keeps its width when the view is narrow
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 4).applyTo(bar);
        filter = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.View_FilterMessage);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(filter);
        filter.addModifyListener(e -> refilter());
        scope = new Combo(bar, SWT.READ_ONLY);
        scope.setItems(Messages.Scope_Open, Messages.Scope_Overdue, Messages.Scope_Today, Messages.Scope_Week,
                Messages.Scope_All);
        scope.select(0);
        scope.addListener(SWT.Selection, e -> refilter());
        owner = new Combo(bar, SWT.READ_ONLY);
        owner.setItems(Messages.View_AllOwners);
        owner.select(0);
        GridDataFactory.fillDefaults().hint(170, SWT.DEFAULT).applyTo(owner);
        owner.addListener(SWT.Selection, e -> refilter());
        followCustomer = new Button(bar, SWT.CHECK);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(followCustomer);
        followCustomer.setText(Messages.View_FollowCustomer);
        followCustomer.setToolTipText(Messages.View_FollowCustomerTip);
        followCustomer.addListener(SWT.Selection, e -> refilter());

        summary = new Label(parent, SWT.WRAP);
        summary.setText(Messages.View_Loading);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);

        table = createTable(parent);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        getSite().setSelectionProvider(selectionProvider);
        getSite().getPage().addPostSelectionListener(customerListener);
        // what this list shows: commitments, and customers (names, merges and deletions move them)
        unsubscribe = DataEvents.subscribe(parent.getDisplay(), DataTopics.ALL,
                change -> change.concerns(DataTopics.COMMITMENT) || change.concerns(DataTopics.CUSTOMER),
                change -> load());
        load();
        parent.getDisplay().timerExec(60_000, tick);
    }

    private NatTable createTable(Composite parent) {
        String[] titles = { Messages.Column_What, Messages.Column_Due, Messages.Column_Left, Messages.Column_Customer,
                Messages.Column_Owner, Messages.Column_Priority, Messages.Column_Status };
        rowTable = new RowTable<>(parent, rows, titles, WIDTHS, new SortModel(), new Decorations());
        rowTable.body().setConfigLabelAccumulator((labels, column, row) -> {
            if (row >= rows.getRowCount()) {
                return;
            }
            Object value = rows.getRowObject(row);
            if (value instanceof Header) {
                labels.add(GROUP);
            } else if (value instanceof CommitmentSummary c) {
                DueBuckets buckets = list.buckets();
                boolean left = column == Column.LEFT.ordinal();
                if (!c.isOpen()) {
                    labels.add(CLOSED);
                } else if (c.dueAt() < buckets.now()) {
                    labels.add(left ? OVERDUE_LEFT : OVERDUE);
                } else if (buckets.isDueSoon(c.dueAt(), true)) {
                    labels.add(left ? SOON_LEFT : SOON);
                }
            }
        });
        rowTable.onOpen(this::openSelection);
        rowTable.enterFrom(filter);
        rowTable.contextMenu(getSite(), ID, new GroupMarker("status"), new Separator("new")); //$NON-NLS-1$ //$NON-NLS-2$
        selectionProvider = rowTable.selectionProvider();
        return rowTable.table();
    }

    /** Red for overdue, amber for due soon, grey for closed, shaded bold group headers. */
    private static final class Decorations extends AbstractRegistryConfiguration {
        @Override
        public void configureRegistry(IConfigRegistry registry) {
            org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
            Style group = new Style();
            group.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR,
                    display.getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
            group.setAttributeValue(CellStyleAttributes.FONT,
                    JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
            registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, group, DisplayMode.NORMAL, GROUP);
            Color red = new Color(display, new RGB(176, 32, 32));
            Color amber = new Color(display, new RGB(150, 90, 0));
            for (String label : new String[] { OVERDUE, OVERDUE_LEFT }) {
                Style s = new Style();
                s.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, red);
                registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, s, DisplayMode.NORMAL, label);
            }
            for (String label : new String[] { SOON, SOON_LEFT }) {
                Style s = new Style();
                s.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, amber);
                registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, s, DisplayMode.NORMAL, label);
            }
            Style closed = new Style();
            closed.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, display.getSystemColor(SWT.COLOR_DARK_GRAY));
            registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, closed, DisplayMode.NORMAL, CLOSED);
            registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, new PaddingDecorator(
                    new CellPainterDecorator(new TextPainter(), CellEdgeEnum.LEFT, 4,
                            new ImagePainter(Images.get(Images.OVERDUE))), 0, 6, 0, 6),
                    DisplayMode.NORMAL, OVERDUE_LEFT);
            registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, new PaddingDecorator(
                    new CellPainterDecorator(new TextPainter(), CellEdgeEnum.LEFT, 4,
                            new ImagePainter(Images.get(Images.DUE_SOON))), 0, 6, 0, 6),
                    DisplayMode.NORMAL, SOON_LEFT);
        }
    }

    /** Header clicks sort within each due group; "no sort" goes back to soonest due first. */
    private final class SortModel extends RowTable.SingleColumnSort {
        @Override
        protected int sortedColumn() {
            return list.sortColumn().ordinal();
        }

        @Override
        protected boolean ascending() {
            return list.ascending();
        }

        @Override
        public void sort(int columnIndex, SortDirectionEnum direction, boolean accumulate) {
            if (direction == SortDirectionEnum.NONE) {
                list.sortBy(Column.DUE, true);
            } else {
                // "time left" sorts like the due time it is computed from
                Column column = Column.values()[columnIndex] == Column.LEFT ? Column.DUE : Column.values()[columnIndex];
                list.sortBy(column, direction != SortDirectionEnum.DESC);
            }
            list.refresh();
            rowsChanged();
        }

        @Override
        public void clear() {
            sort(Column.DUE.ordinal(), SortDirectionEnum.ASC, false);
        }
    }

    /** Reads the first open commitments from the index, then all of them, in a job. */
    public void load() {
        if (loadJob != null) {
            loadJob.cancel();
        }
        Job job = Job.create(Messages.View_LoadJob, (IProgressMonitor monitor) -> {
            CommitmentService service = Services.await(CommitmentService.class, Services.OPEN_TIMEOUT_MILLIS)
                    .orElse(null);
            if (service == null) {
                rowTable.asyncExec(() -> showSummary(Services.whyUnavailable()));
                return Status.OK_STATUS;
            }
            try {
                if (!loaded) {
                    List<CommitmentSummary> first = service.firstOpen(FIRST_PAGE);
                    rowTable.asyncExec(() -> showFirstPage(first));
                }
                List<CommitmentSummary> all = service.summaries(0, false);
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                rowTable.asyncExec(() -> showAll(all));
                return Status.OK_STATUS;
            } catch (Exception e) {
                rowTable.asyncExec(() -> showSummary(NLS.bind(Messages.View_LoadFailed, e.getMessage())));
                return Status.info(e.getMessage());
            }
        });
        job.setSystem(true);
        loadJob = job;
        job.schedule();
    }

    private void showFirstPage(List<CommitmentSummary> first) {
        if (loaded) {
            return;
        }
        // grouped like the whole list will be, which it replaces once read
        CommitmentList page = new CommitmentList(list.buckets());
        page.setAll(first);
        firstPage = page.rows();
        rowsChanged();
        table.update();
        recordFirstPaint();
        showSummary(Messages.View_Loading);
    }

    private void showAll(List<CommitmentSummary> all) {
        loaded = true;
        firstPage = null;
        list.setBuckets(DueBuckets.at(clock.instant(), clock.getZone()));
        list.setAll(all);
        String chosen = owner.getSelectionIndex() > 0 ? owner.getText() : null;
        List<String> owners = list.owners();
        owner.setItems(Messages.View_AllOwners);
        for (String o : owners) {
            owner.add(o);
        }
        owner.select(chosen == null ? 0 : Math.max(0, owners.indexOf(chosen) + 1));
        refilter();
        table.update();
        recordFirstPaint();
    }

    private void recordFirstPaint() {
        if (firstPaintMillis < 0) {
            firstPaintMillis = (System.nanoTime() - createdNanos) / 1_000_000;
        }
    }

    private void refilter() {
        if (!loaded) {
            return;
        }
        list.setQuery(filter.getText());
        list.setScope(Scope.values()[Math.max(0, scope.getSelectionIndex())]);
        list.setOwner(owner.getSelectionIndex() > 0 ? owner.getText() : null);
        list.setCustomerId(followCustomer.getSelection() && followed != null ? followed.id() : 0);
        list.refresh();
        rowsChanged();
    }

    /** Every minute: what is overdue or due soon moves on even when nothing was saved. */
    private void tick() {
        if (table == null || table.isDisposed()) {
            return;
        }
        if (loaded) {
            list.setBuckets(DueBuckets.at(clock.instant(), clock.getZone()));
            rowsChanged();
        }
        table.getDisplay().timerExec(60_000, tick);
    }

    private void selectionElsewhere(IWorkbenchPart part, ISelection selection) {
        if (part == this || !(selection instanceof IStructuredSelection s) || s.size() != 1) {
            return;
        }
        CustomerRef.of(s.getFirstElement()).ifPresent(ref -> {
            followed = ref;
            followCustomer.setText(NLS.bind(Messages.View_FollowCustomerNamed, ref.name()));
            followCustomer.getParent().layout(true);
            if (followCustomer.getSelection()) {
                refilter();
            }
        });
    }

    private void rowsChanged() {
        rowTable.rowsChanged();
        if (!loaded) {
            return;
        }
        String counts = NLS.bind(Messages.View_Counts, new Object[] { list.count(Bucket.OVERDUE),
                list.count(Bucket.TODAY), list.count(Bucket.THIS_WEEK), list.count(Bucket.LATER),
                list.count(Bucket.CLOSED) });
        String text = list.shown() == 0 ? NLS.bind(Messages.View_NothingShown, counts)
                : NLS.bind(Messages.View_Shown, list.shown(), counts);
        // in the view only: the status bar has the reminders' count, and a sentence this long is
        // cut there in Russian and Ukrainian
        showSummary(text);
    }

    private void showSummary(String text) {
        if (!summary.isDisposed() && !text.equals(summary.getText())) {
            summary.setText(text);
            summary.getParent().layout(true);
        }
    }

    /** The commitments selected (group headers left out). */
    public List<CommitmentSummary> selectedCommitments() {
        List<CommitmentSummary> selected = new ArrayList<>();
        for (Object o : ((IStructuredSelection) selectionProvider.getSelection()).toList()) {
            if (o instanceof CommitmentSummary c) {
                selected.add(c);
            }
        }
        return selected;
    }

    private void openSelection() {
        if (selectedCommitments().isEmpty()) {
            return;
        }
        try {
            getSite().getService(IHandlerService.class).executeCommand(ChangeStatusHandler.COMMAND, null);
        } catch (org.eclipse.core.commands.common.CommandException e) {
            getViewSite().getActionBars().getStatusLineManager().setErrorMessage(e.getMessage());
        }
    }

    /** The commitments on display, which the calendar export writes. */
    public CommitmentList getList() {
        return list;
    }

    public boolean isLoaded() {
        return loaded;
    }

    public Combo getScope() {
        return scope;
    }

    @Override
    public long getFirstPaintMillis() {
        return firstPaintMillis;
    }

    @Override
    public void setFocus() {
        filter.setFocus();
    }

    @Override
    public void dispose() {
        unsubscribe.run();
        getSite().getPage().removePostSelectionListener(customerListener);
        if (loadJob != null) {
            loadJob.cancel();
        }
        super.dispose();
    }
}
