package dev.candor.history.ui.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import dev.candor.history.Timeline;
import dev.candor.history.TimelineFilter;
import dev.candor.history.ui.HistoryUi;
import dev.candor.model.Channel;
import dev.candor.model.Interaction;
import dev.candor.history.InteractionService;
import dev.candor.services.DataTopics;
import dev.candor.store.StoreException;
import dev.candor.ui.CustomerRef;
import dev.candor.store.ReviewMark;
import dev.candor.ui.DataEvents;
import dev.candor.ui.Labels;
import dev.candor.ui.Services;
import dev.candor.nls.Plurals;

/**
 * The interactions of the customer selected anywhere in the window (Customers
 * view, profile editor, search), newest first and grouped by day, filtered by
 * channel, period and text. A virtual table: only the visible rows are built,
 * so a customer with thousands of interactions shows at once.
 */
public final class InteractionHistoryView extends ViewPart implements dev.candor.ui.PaintTiming {

    /** Candor's clock: what this asks for the time. */
    private final java.time.Clock clock = dev.candor.ui.CandorUi.clock();

    /**
     * A row of the table: a day heading (no interaction), an interaction, or,
     * with no day, the "show older" row after the last one shown.
     */
    public record Row(LocalDate day, int count, Interaction interaction) {
    }

    /** The periods of the period filter. */
    enum Period {
        ANY, WEEK, MONTH, YEAR, CUSTOM
    }

    /** "Mon, 7 Sep 2026" in the user's language: the weekday matters in a timeline. */
    /** Interactions shown before the whole history is read. */
    static final int FIRST_PAGE = 200;

    /**
     * Rows in the table at a time; "show older" adds as many again. GTK builds
     * a native row per item, so a table of thousands is slow to fill and to
     * empty; a few hundred at a time keeps switching customers instant.
     */
    static final int TABLE_ROWS = 400;


    private Label title;
    Text filterText;
    private ToolBar channels;
    private Combo period;
    private Composite customRange;
    private DateTime from;
    private DateTime to;
    private Label message;
    Table table;
    private final ZoneId zone = clock.getZone();
    private long customerId;
    private String customerName;
    private List<Interaction> interactions = List.of();
    /** Whether {@link #interactions} is the whole history, not just its newest page. */
    private boolean complete = true;
    private int limit = TABLE_ROWS;
    List<Row> rows = List.of();
    private Job loadJob;
    private Runnable unsubscribe;
    private long loadStarted;
    private long firstPaintMillis = -1;
    private final dev.candor.ui.SimpleSelectionProvider selection = new dev.candor.ui.SimpleSelectionProvider();
    private final ISelectionListener follow = this::selectionChanged;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 4).margins(4, 4).applyTo(parent);
        title = new Label(parent, SWT.NONE);
        title.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);

        Composite filters = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 0).applyTo(filters);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
        filterText = new Text(filters, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filterText.setMessage(Messages.History_FilterMessage);
        GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(filterText);
        filterText.addModifyListener(event -> refilter());
        // Down moves into the rows: the first interaction is selected, Enter opens it
        filterText.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.ARROW_DOWN) {
                for (int i = 0; i < rows.size(); i++) {
                    if (rows.get(i).interaction() != null) {
                        event.doit = false;
                        table.setSelection(i);
                        table.setFocus();
                        selection.setSelection(selected());
                        return;
                    }
                }
            }
        });
        channels = new ToolBar(filters, SWT.FLAT);
        for (Channel channel : Channel.VALUES) {
            ToolItem item = new ToolItem(channels, SWT.CHECK);
            item.setImage(Images.of(channel));
            item.setToolTipText(NLS.bind(Messages.History_ChannelToggle, Labels.of(channel)));
            item.setSelection(true);
            item.setData(channel);
            item.addListener(SWT.Selection, event -> refilter());
        }
        period = new Combo(filters, SWT.READ_ONLY);
        period.setItems(Messages.History_PeriodAny, Messages.History_PeriodWeek, Messages.History_PeriodMonth,
                Messages.History_PeriodYear, Messages.History_PeriodCustom);
        period.select(0);
        period.addListener(SWT.Selection, event -> {
            boolean custom = period.getSelectionIndex() == Period.CUSTOM.ordinal();
            if (custom && from == null) {
                createRange();
            }
            customRange.setVisible(custom);
            ((org.eclipse.swt.layout.GridData) customRange.getLayoutData()).exclude = !custom;
            parent.layout(true, true);
            refilter();
        });

        customRange = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).spacing(6, 0).applyTo(customRange);
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(customRange);
        customRange.setVisible(false);

        message = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message);

        table = new Table(parent, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        table.setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        column(Messages.History_ColumnWhen, 200);
        column(Messages.History_ColumnChannel, 110);
        column(Messages.History_ColumnSubject, 220);
        column(Messages.History_ColumnNotes, 360);
        column(Messages.History_ColumnManager, 150);
        column(Messages.History_ColumnEthics, 110);
        table.addListener(SWT.SetData, event -> fill((TableItem) event.item, event.index));
        table.addListener(SWT.Selection, event -> selection.setSelection(selected()));
        table.addListener(SWT.DefaultSelection, event -> openSelected());
        getSite().setSelectionProvider(selection);

        MenuManager menu = new MenuManager("#PopupMenu", HistoryUi.VIEW_HISTORY); //$NON-NLS-1$
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        table.setMenu(menu.createContextMenu(table));
        getSite().registerContextMenu(HistoryUi.VIEW_HISTORY, menu, selection);

        getSite().getPage().addPostSelectionListener(follow);
        // what the list shows: the customer's interactions and their latest reviews
        unsubscribe = DataEvents.subscribe(parent.getDisplay(), DataTopics.ALL,
                change -> (change.concerns(DataTopics.INTERACTION) || change.concerns(DataTopics.REVIEW))
                        && customerId > 0 && change.concernsCustomer(customerId),
                this::changed);
        showCustomer();
        // Pick up what is selected already (the view may open after the selection was made).
        ISelection current = getSite().getPage().getSelection();
        if (current != null) {
            selectionChanged(getSite().getPage().getActivePart(), current);
        }
    }

    /** The date pickers, made when first asked for: GTK date widgets are slow to create at start-up. */
    private void createRange() {
        new Label(customRange, SWT.NONE).setText(Messages.History_From);
        from = new DateTime(customRange, SWT.DATE | SWT.DROP_DOWN | SWT.MEDIUM);
        new Label(customRange, SWT.NONE).setText(Messages.History_To);
        to = new DateTime(customRange, SWT.DATE | SWT.DROP_DOWN | SWT.MEDIUM);
        LocalDate monthAgo = LocalDate.now(clock).minusMonths(1);
        from.setDate(monthAgo.getYear(), monthAgo.getMonthValue() - 1, monthAgo.getDayOfMonth());
        from.addListener(SWT.Selection, event -> refilter());
        to.addListener(SWT.Selection, event -> refilter());
    }

    private void column(String text, int width) {
        TableColumn column = new TableColumn(table, SWT.NONE);
        column.setText(text);
        column.setWidth(dev.candor.ui.Columns.atLeastTitle(table, text, width));
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selected) {
        if (part == this || !(selected instanceof IStructuredSelection structured) || structured.size() != 1) {
            return;
        }
        Optional<CustomerRef> customer = CustomerRef.of(structured.getFirstElement());
        if (customer.isEmpty()) {
            return;
        }
        long id = customer.get().id();
        String name = customer.get().name();
        // After the part that changed the selection has finished (an editor opening, say)
        table.getDisplay().asyncExec(() -> {
            if (!table.isDisposed()) {
                showCustomer(id, name);
            }
        });
    }

    /** Shows the history of a customer; a no-op if it is already shown. */
    public void showCustomer(long id, String name) {
        if (id == customerId) {
            if (name != null && !name.equals(customerName)) {
                customerName = name;
                showCustomer();
            }
            return;
        }
        customerId = id;
        customerName = name;
        interactions = List.of();
        rows = List.of();
        limit = TABLE_ROWS;
        table.removeAll();
        showCustomer();
        load(id, name);
    }

    private void showCustomer() {
        if (customerId == 0) {
            title.setText(Messages.History_NoCustomer);
            setContentDescription(""); //$NON-NLS-1$
            showMessage(Messages.History_SelectCustomer);
        } else {
            title.setText(customerName);
        }
        title.getParent().layout(true);
    }

    /**
     * A change that may touch the history shown: corrected or deleted interactions are read again
     * one by one (a customer with thousands keeps its list); anything else reads the history again.
     */
    private void changed(dev.candor.services.DataChange change) {
        if (customerId == 0) {
            return; // F5 with no customer shown: nothing to read
        }
        boolean oneByOne = !change.isReload() && DataTopics.INTERACTION.equals(change.entity())
                && change.kind() != DataTopics.Kind.CREATED && change.ids().length > 0 && complete
                && (loadJob == null || loadJob.getState() == Job.NONE);
        if (!oneByOne) {
            load(customerId, customerName);
            return;
        }
        long id = customerId;
        List<Long> ids = java.util.Arrays.stream(change.ids()).boxed().toList();
        Job job = Job.create(NLS.bind(Messages.History_LoadJob, customerName), (IProgressMonitor monitor) -> {
            InteractionService service = Services.get(InteractionService.class).orElse(null);
            if (service == null) {
                return Status.CANCEL_STATUS;
            }
            try {
                List<Interaction> found = service.findAll(ids);
                Map<Long, ReviewMark> foundMarks = service.reviewMarks(ids);
                table.getDisplay().asyncExec(() -> replaced(id, ids, found, foundMarks));
            } catch (StoreException e) {
                table.getDisplay().asyncExec(() -> load(customerId, customerName));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /** Puts the interactions read again in place of those with {@code ids}; gone or moved away, they leave. */
    private void replaced(long id, List<Long> ids, List<Interaction> found, Map<Long, ReviewMark> foundMarks) {
        if (table.isDisposed() || id != customerId) {
            return;
        }
        List<Interaction> next = Timeline.replace(interactions, ids, found, id);
        Map<Long, ReviewMark> nextMarks = new java.util.HashMap<>(marks);
        nextMarks.keySet().removeAll(ids);
        nextMarks.putAll(foundMarks);
        interactions = next;
        marks = nextMarks;
        refilter();
    }

    /** Reads all interactions of the customer in a job, then shows them. */
    private void load(long id, String name) {
        if (loadJob != null) {
            loadJob.cancel();
        }
        loadStarted = System.nanoTime();
        firstPaintMillis = -1;
        showMessage(NLS.bind(Messages.History_Loading, name));
        loadJob = Job.create(NLS.bind(Messages.History_LoadJob, name), (IProgressMonitor monitor) -> {
            InteractionService service = Services.await(InteractionService.class, Services.OPEN_TIMEOUT_MILLIS)
                    .orElse(null);
            if (service == null) {
                table.getDisplay().asyncExec(() -> showMessage(Services.whyUnavailable()));
                return Status.CANCEL_STATUS;
            }
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            try {
                // The newest page first (straight from the newest-first index), then the rest behind it.
                List<Interaction> first = service.listForCustomer(id, 0, FIRST_PAGE);
                Map<Long, ReviewMark> firstMarks = marks(service, first);
                if (monitor.isCanceled() || table.isDisposed()) {
                    return Status.CANCEL_STATUS;
                }
                table.getDisplay().asyncExec(() -> shown(id, first, firstMarks, first.size() < FIRST_PAGE));
                if (first.size() == FIRST_PAGE) {
                    List<Interaction> all = service.listForCustomer(id, 0, Integer.MAX_VALUE);
                    Map<Long, ReviewMark> allMarks = marks(service, all);
                    if (!monitor.isCanceled() && !table.isDisposed()) {
                        table.getDisplay().asyncExec(() -> shown(id, all, allMarks, true));
                    }
                }
            } catch (StoreException e) {
                table.getDisplay().asyncExec(() -> showMessage(NLS.bind(Messages.History_LoadFailed, e.getMessage())));
            }
            return Status.OK_STATUS;
        });
        loadJob.setSystem(true);
        loadJob.schedule();
    }

    private void shown(long id, List<Interaction> loaded, Map<Long, ReviewMark> loadedMarks, boolean whole) {
        if (table.isDisposed() || id != customerId) {
            return;
        }
        interactions = loaded;
        marks = loadedMarks;
        complete = whole;
        refilter();
        if (firstPaintMillis < 0) {
            table.update(); // the rows on screen now, not at the next idle paint
            firstPaintMillis = (System.nanoTime() - loadStarted) / 1_000_000;
        }
    }

    private TimelineFilter filter() {
        Set<Channel> shown = EnumSet.noneOf(Channel.class);
        for (ToolItem item : channels.getItems()) {
            if (item.getSelection()) {
                shown.add((Channel) item.getData());
            }
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate start = switch (Period.values()[Math.max(0, period.getSelectionIndex())]) {
        case ANY -> null;
        case WEEK -> today.minusDays(6);
        case MONTH -> today.minusMonths(1);
        case YEAR -> today.minusYears(1);
        case CUSTOM -> LocalDate.of(from.getYear(), from.getMonth() + 1, from.getDay());
        };
        LocalDate end = period.getSelectionIndex() == Period.CUSTOM.ordinal()
                ? LocalDate.of(to.getYear(), to.getMonth() + 1, to.getDay())
                : null;
        if (start != null && end != null && start.isAfter(end)) {
            return null;
        }
        return new TimelineFilter(shown, start, end, filterText.getText());
    }

    private void refilter() {
        if (customerId == 0) {
            return;
        }
        TimelineFilter filter = filter();
        if (filter == null) {
            rows = List.of();
            table.setItemCount(0);
            showMessage(Messages.History_BadRange);
            return;
        }
        List<Row> next = new ArrayList<>();
        int shown = 0;
        for (Timeline.Day day : Timeline.group(interactions, filter, zone)) {
            next.add(new Row(day.date(), day.interactions().size(), null));
            for (Interaction interaction : day.interactions()) {
                next.add(new Row(day.date(), 0, interaction));
                shown++;
            }
        }
        if (next.size() > limit) {
            int hidden = 0;
            for (Row row : next.subList(limit, next.size())) {
                hidden += row.interaction() == null ? 0 : 1;
            }
            next = new ArrayList<>(next.subList(0, limit));
            next.add(new Row(null, hidden, null));
        }
        rows = next;
        table.setRedraw(false);
        try {
            if (next.size() < table.getItemCount()) {
                table.removeAll();
            } else {
                table.clearAll();
            }
            table.setItemCount(rows.size());
        } finally {
            table.setRedraw(true);
        }
        if (interactions.isEmpty()) {
            showMessage(NLS.bind(Messages.History_Empty, customerName));
        } else if (shown == 0) {
            showMessage(Messages.History_NoMatch);
        } else if (!complete) {
            showMessage(Plurals.format(Messages.History_Partial, interactions.size()));
        } else if (filter.isRestricted()) {
            showMessage(Plurals.format(Messages.History_CountFiltered, shown, interactions.size()));
        } else {
            showMessage(Plurals.format(Messages.History_Count, interactions.size()));
        }
        selection.setSelection(selected());
    }

    private void fill(TableItem item, int index) {
        if (index < 0 || index >= rows.size()) {
            return; // GTK asks for rows while the count changes
        }
        Row row = rows.get(index);
        if (row.day() == null) {
            item.setText(0, NLS.bind(Messages.History_More, row.count()));
            item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_LINK_FOREGROUND));
            return;
        }
        if (row.interaction() == null) {
            item.setText(0, dev.candor.nls.Dates.shortDay(row.day()));
            item.setText(1, ""); //$NON-NLS-1$
            item.setText(2, row.count() > 1 ? NLS.bind(Messages.History_DayCount, row.count()) : ""); //$NON-NLS-1$
            item.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
            Color shade = table.getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW);
            item.setBackground(shade);
            return;
        }
        Interaction interaction = row.interaction();
        String time = dev.candor.nls.Dates.time(interaction.getStartedAt(), dev.candor.ui.CandorUi.zone());
        item.setText(0, "   " + time); //$NON-NLS-1$
        item.setImage(0, Images.of(interaction.getDirection()));
        item.setText(1, Labels.of(interaction.getChannel()));
        item.setImage(1, Images.of(interaction.getChannel()));
        item.setText(2, interaction.getSubject());
        item.setText(3, firstLine(interaction.getNotes()));
        item.setText(4, interaction.getAccountManager() == null ? "" : interaction.getAccountManager()); //$NON-NLS-1$
        ReviewMark mark = marks.get(interaction.getId());
        item.setText(5, mark == null || mark.judged() == 0 ? "" : mark.passed() //$NON-NLS-1$
                ? NLS.bind(Messages.History_EthicsPassed, Math.round(mark.score()))
                : NLS.bind(Messages.History_EthicsFailed, Math.round(mark.score())));
        item.setForeground(5, mark != null && !mark.passed() ? table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
    }

    /** The latest review of each shown interaction ({@link ReviewMark}), read with the interactions. */
    private Map<Long, ReviewMark> marks = Map.of();

    /** The review marks of {@code loaded}; none if they cannot be read (the history still shows). */
    private static Map<Long, ReviewMark> marks(InteractionService service, List<Interaction> loaded) {
        try {
            return service.reviewMarks(loaded.stream().map(Interaction::getId).toList());
        } catch (StoreException e) {
            return Map.of();
        }
    }

    static String firstLine(String notes) {
        if (notes == null) {
            return ""; //$NON-NLS-1$
        }
        String line = notes.strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
        return line.length() > 160 ? line.substring(0, 159) + "\u2026" : line; //$NON-NLS-1$
    }

    private ISelection selected() {
        int index = table.getSelectionIndex();
        if (index < 0 || index >= rows.size() || rows.get(index).interaction() == null) {
            return StructuredSelection.EMPTY;
        }
        return new StructuredSelection(rows.get(index).interaction());
    }

    private void openSelected() {
        int index = table.getSelectionIndex();
        if (index >= 0 && index < rows.size() && rows.get(index).day() == null) {
            limit += TABLE_ROWS; // "show older": the rows above stay where they are
            refilter();
            table.setSelection(index);
            return;
        }
        ISelection current = selected();
        if (!current.isEmpty()) {
            new InteractionDialog(getSite().getShell(), (Interaction) ((IStructuredSelection) current).getFirstElement(),
                    customerName).open();
        }
    }

    private void showMessage(String text) {
        if (!message.isDisposed() && !text.equals(message.getText())) {
            message.setText(text);
            message.getParent().layout(true);
        }
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(follow);
        if (unsubscribe != null) {
            unsubscribe.run();
        }
        if (loadJob != null) {
            loadJob.cancel();
        }
        super.dispose();
    }


    public long getCustomerId() {
        return customerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    /** Milliseconds from asking for a customer's history to its rows being in the table; -1 before. */
    @Override
    public long getFirstPaintMillis() {
        return firstPaintMillis;
    }
}
