package dev.candor.commitments.ui.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;

import dev.candor.commitments.CommitmentService;
import dev.candor.commitments.MyDay;
import dev.candor.commitments.ResponsePolicies;
import dev.candor.nls.Plurals;
import dev.candor.services.DataTopics;
import dev.candor.store.CommitmentSummary;
import dev.candor.store.LastContact;
import dev.candor.ui.CandorUi;
import dev.candor.ui.CustomerRef;
import dev.candor.ui.DataEvents;
import dev.candor.ui.Services;

/**
 * An account manager's day at a glance: promises overdue and due today, the answers owed, the
 * promises of the coming week, and the customers not contacted for longer than the team's
 * threshold. Each row is one keystroke from action: Enter opens the customer, Ctrl+Shift+L logs
 * a conversation with them, the context menu changes a commitment's status. Follows every
 * change, this Candor's and the colleagues'.
 */
public final class MyDayView extends ViewPart implements dev.candor.ui.PaintTiming {

    public static final String ID = "dev.candor.commitments.ui.views.myDay"; //$NON-NLS-1$

    /** Candor's clock: what "today" and "overdue" are measured by. */
    private final java.time.Clock clock = CandorUi.clock();

    private Label heading;
    Combo person;
    Label summary;
    Tree tree;
    /** The day shown; {@code null} before the first read. */
    MyDay day;
    private String who;
    /** Whether the user picked someone else's day (a reload then keeps it). */
    private boolean chosen;
    private Job loadJob;
    private Runnable unsubscribe;
    private long loadStarted;
    private long firstPaintMillis = -1;
    private final dev.candor.ui.SimpleSelectionProvider selection = new dev.candor.ui.SimpleSelectionProvider();

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 4).margins(6, 6).applyTo(parent);
        heading = new Label(parent, SWT.NONE);
        heading.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
        Composite top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 0).applyTo(top);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        new Label(top, SWT.NONE).setText(Messages.MyDay_For);
        person = new Combo(top, SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(person);
        who = CandorUi.currentUser();
        person.setText(who);
        person.addListener(SWT.Selection, event -> choose(person.getText(), true));
        person.addListener(SWT.DefaultSelection, event -> choose(person.getText(), true));

        summary = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(summary);

        // the columns share the view's width, whatever it is
        Composite holder = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
        org.eclipse.jface.layout.TreeColumnLayout columns = new org.eclipse.jface.layout.TreeColumnLayout();
        holder.setLayout(columns);
        tree = new Tree(holder, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        tree.setHeaderVisible(true);
        column(columns, Messages.MyDay_ColumnWhat, 52, sectionsWidth());
        column(columns, Messages.MyDay_ColumnCustomer, 26, 80);
        column(columns, Messages.MyDay_ColumnWhen, 22, 80);
        tree.addListener(SWT.Selection, event -> selection.setSelection(selected()));
        tree.addListener(SWT.DefaultSelection, event -> open());
        getSite().setSelectionProvider(selection);
        MenuManager menu = new MenuManager("#PopupMenu", ID); //$NON-NLS-1$
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        tree.setMenu(menu.createContextMenu(tree));
        getSite().registerContextMenu(ID, menu, selection);

        // whatever changes a commitment, an interaction or a customer may change the day
        unsubscribe = DataEvents.subscribe(parent.getDisplay(), DataTopics.ALL,
                change -> change.concerns(DataTopics.COMMITMENT) || change.concerns(DataTopics.INTERACTION)
                        || change.concerns(DataTopics.CUSTOMER) || change.concerns(DataTopics.SETTINGS),
                change -> {
                    if (change.isReload() && !chosen) {
                        // another database, perhaps another person signed in: the day is theirs
                        choose(CandorUi.currentUser(), false);
                    }
                    load(300);
                });
        showHeading();
        load(0);
        loadPeople();
    }

    /**
     * The first column is never narrower than the longest section title (in bold, with a count of
     * three digits and room for the expand arrow): in Hungarian or Russian it is long.
     */
    private int sectionsWidth() {
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(tree);
        try {
            gc.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
            int widest = 160;
            for (String title : new String[] { NLS.bind(Messages.MyDay_Overdue, 999), NLS.bind(Messages.MyDay_DueToday, 999),
                    NLS.bind(Messages.MyDay_Answers, 999), NLS.bind(Messages.MyDay_ComingUp, 999),
                    Plurals.format(Messages.MyDay_Quiet, 999, 30) }) {
                widest = Math.max(widest, gc.textExtent(title).x + 48);
            }
            return widest;
        } finally {
            gc.dispose();
        }
    }

    private void column(org.eclipse.jface.layout.TreeColumnLayout columns, String text, int weight, int minimum) {
        TreeColumn column = new TreeColumn(tree, SWT.NONE);
        column.setText(text);
        columns.setColumnData(column, new org.eclipse.jface.viewers.ColumnWeightData(weight,
                dev.candor.ui.Columns.atLeastTitle(tree, text, minimum)));
    }

    /** Shows the day of {@code name}; {@code byUser}: picked in the field, so it is kept across reloads. */
    private void choose(String name, boolean byUser) {
        String next = name == null || name.isBlank() ? CandorUi.currentUser() : name.strip();
        chosen = byUser && !next.equals(CandorUi.currentUser());
        if (!next.equals(who)) {
            who = next;
            person.setText(next);
            showHeading();
            load(0);
        }
    }

    private void showHeading() {
        String date = dev.candor.nls.Dates.day(java.time.LocalDate.now(clock));
        heading.setText(NLS.bind(Messages.MyDay_Heading, who, date));
        heading.getParent().layout(true);
    }

    /** Reads the day in a job ({@code delay} ms later, so that a burst of changes reads once). */
    private void load(long delay) {
        if (loadJob != null) {
            loadJob.cancel();
        }
        String person = who;
        // a first look (or another person's) paints the commitments before the slower list of quiet
        // customers; a reload replaces the shown day in one go, without a moment of "reading…"
        boolean quickFirst = day == null || !day.who().equals(person);
        if (day == null) {
            loadStarted = System.nanoTime();
            summary.setText(Messages.MyDay_Loading);
        }
        loadJob = Job.create(Messages.MyDay_LoadJob, (IProgressMonitor monitor) -> {
            CommitmentService service = Services.await(CommitmentService.class, Services.OPEN_TIMEOUT_MILLIS)
                    .orElse(null);
            if (service == null) {
                async(() -> summary.setText(Services.whyUnavailable()));
                return Status.CANCEL_STATUS;
            }
            try {
                if (quickFirst) {
                    MyDay first = service.myDay(person, false);
                    if (monitor.isCanceled()) {
                        return Status.CANCEL_STATUS;
                    }
                    Prepared texts = prepare(first);
                    async(() -> shown(first, texts));
                }
                MyDay read = service.myDay(person, true);
                if (!monitor.isCanceled()) {
                    Prepared texts = prepare(read);
                    async(() -> shown(read, texts));
                }
            } catch (Exception e) {
                async(() -> summary.setText(NLS.bind(Messages.MyDay_LoadFailed, e.getMessage())));
            }
            return Status.OK_STATUS;
        });
        loadJob.setSystem(true);
        loadJob.schedule(delay);
    }

    /** The people whose day can be shown: the user and the members of the team's policies. */
    private void loadPeople() {
        Job job = Job.create(Messages.MyDay_LoadJob, (IProgressMonitor monitor) -> {
            CommitmentService service = Services.await(CommitmentService.class, Services.OPEN_TIMEOUT_MILLIS)
                    .orElse(null);
            if (service == null) {
                return Status.CANCEL_STATUS;
            }
            try {
                Set<String> people = new LinkedHashSet<>();
                people.add(CandorUi.currentUser());
                for (ResponsePolicies.Stored stored : service.policies().all()) {
                    people.addAll(stored.policy().members());
                }
                async(() -> {
                    String typed = person.getText();
                    person.setItems(people.toArray(String[]::new));
                    person.setText(typed);
                });
            } catch (Exception e) {
                // the user's own day still shows; others can be typed
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void async(Runnable runnable) {
        if (!tree.isDisposed()) {
            tree.getDisplay().asyncExec(() -> {
                if (!tree.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }

    /** The texts of a day that take formatting: counted headings and dates. */
    private record Prepared(String quietHeading, String summary, List<String> lastContacts) {
    }

    /**
     * Formats a day's counted headings and dates in the job, not in the UI thread: the first count
     * formatted loads ICU's plural rules and the first date the locale's formats, half a second on
     * two cores, which at start-up held the window back.
     */
    private Prepared prepare(MyDay read) {
        String quietHeading = read.quietRead() ? Plurals.format(Messages.MyDay_Quiet, read.quiet().size(), read.quietDays())
                : Plurals.format(Messages.MyDay_QuietReading, read.quietDays());
        String summaryText = read.isEmpty() && read.quietRead() ? Plurals.format(Messages.MyDay_Empty, read.quietDays())
                : Messages.MyDay_Hint;
        // the commitments' due times are formatted in the UI thread, as they are in the other views:
        // the locale's date formats are loaded here, once, rather than there
        dev.candor.nls.Dates.dateTime(read.asOf(), clock.getZone());
        List<String> lastContacts = new java.util.ArrayList<>();
        for (LastContact customer : read.quiet()) {
            lastContacts.add(customer.never() ? Messages.MyDay_Never
                    : NLS.bind(Messages.MyDay_LastContact, dev.candor.nls.Dates.date(
                            java.time.Instant.ofEpochMilli(customer.lastContact()), clock.getZone())));
        }
        return new Prepared(quietHeading, summaryText, lastContacts);
    }

    private void shown(MyDay read, Prepared texts) {
        if (!read.who().equals(who)) {
            return;
        }
        Object kept = selectedElement();
        day = read;
        long now = read.asOf().toEpochMilli();
        tree.setRedraw(false);
        try {
            tree.removeAll();
            section(NLS.bind(Messages.MyDay_Overdue, read.overdue().size()), read.overdue(), now);
            section(NLS.bind(Messages.MyDay_DueToday, read.dueToday().size()), read.dueToday(), now);
            section(NLS.bind(Messages.MyDay_Answers, read.answersOwed().size()), read.answersOwed(), now);
            section(NLS.bind(Messages.MyDay_ComingUp, read.comingUp().size()), read.comingUp(), now);
            TreeItem quiet = heading(texts.quietHeading(), read.quiet().isEmpty());
            for (int i = 0; i < read.quiet().size(); i++) {
                LastContact customer = read.quiet().get(i);
                TreeItem item = new TreeItem(quiet, SWT.NONE);
                item.setText(0, Messages.MyDay_Contact);
                item.setText(1, customer.name());
                item.setText(2, texts.lastContacts().get(i));
                item.setData(new CustomerRef(customer.id(), customer.name(), null));
            }
            quiet.setExpanded(true);
        } finally {
            tree.setRedraw(true);
        }
        reselect(kept);
        summary.setText(texts.summary());
        summary.getParent().layout(true);
        if (firstPaintMillis < 0) {
            tree.update();
            firstPaintMillis = (System.nanoTime() - loadStarted) / 1_000_000;
        }
    }

    private TreeItem heading(String text, boolean empty) {
        TreeItem item = new TreeItem(tree, SWT.NONE);
        item.setText(0, text);
        item.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        if (empty) {
            item.setForeground(tree.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        }
        return item;
    }

    private void section(String title, List<CommitmentSummary> commitments, long now) {
        TreeItem section = heading(title, commitments.isEmpty());
        for (CommitmentSummary c : commitments) {
            TreeItem item = new TreeItem(section, SWT.NONE);
            item.setText(0, c.description());
            item.setText(1, c.customerName());
            item.setText(2, Texts.left(c, now));
            if (c.dueAt() < now) {
                item.setForeground(2, tree.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
            item.setData(c);
        }
        section.setExpanded(true);
    }

    private Object selectedElement() {
        TreeItem[] items = tree.getSelection();
        return items.length == 1 ? items[0].getData() : null;
    }

    private org.eclipse.jface.viewers.ISelection selected() {
        Object element = selectedElement();
        return element == null ? StructuredSelection.EMPTY : new StructuredSelection(element);
    }

    /** The same row selected after a reload: the same commitment, or the same customer. */
    private void reselect(Object kept) {
        if (kept == null) {
            selection.setSelection(StructuredSelection.EMPTY);
            return;
        }
        for (TreeItem section : tree.getItems()) {
            for (TreeItem item : section.getItems()) {
                if (same(kept, item.getData())) {
                    tree.setSelection(item);
                    selection.setSelection(selected());
                    return;
                }
            }
        }
        selection.setSelection(StructuredSelection.EMPTY);
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof CommitmentSummary x && b instanceof CommitmentSummary y) {
            return x.id() == y.id();
        }
        return a instanceof CustomerRef x && b instanceof CustomerRef y && x.id() == y.id();
    }

    /** Enter: the row's customer opens; on a section, it folds or unfolds. */
    private void open() {
        TreeItem[] items = tree.getSelection();
        if (items.length != 1) {
            return;
        }
        Object element = items[0].getData();
        CustomerRef customer = element instanceof CommitmentSummary c
                ? new CustomerRef(c.customerId(), c.customerName(), null)
                : element instanceof CustomerRef ref ? ref : null;
        if (customer == null) {
            items[0].setExpanded(!items[0].getExpanded());
            return;
        }
        try {
            customer.open(getSite().getWorkbenchWindow());
        } catch (org.eclipse.core.commands.common.CommandException e) {
            summary.setText(Messages.View_NoProfiles);
        }
    }

    @Override
    public void setFocus() {
        tree.setFocus();
    }

    @Override
    public void dispose() {
        if (unsubscribe != null) {
            unsubscribe.run();
        }
        if (loadJob != null) {
            loadJob.cancel();
        }
        super.dispose();
    }

    @Override
    public long getFirstPaintMillis() {
        return firstPaintMillis;
    }
}
