package dev.candor.ui.tests;

import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import dev.candor.ui.CandorUi;
import dev.candor.ui.internal.customers.CustomersProbe;
import dev.candor.ui.internal.customers.CustomersView;

/**
 * Issue 20, item 9: Tab goes through the fields of Candor's dialogs in the order they are read
 * (top to bottom, left to right on a row) and reaches the dialog's buttons last, in the dialogs a
 * user types in every day (New Customer, Log Interaction, New Commitment, Search, Import Data) and
 * the others a toolbar or menu opens (Export Data, Find Duplicates, Kept-on-Time Rates), and the
 * ones that change a record (Change Status, with Renegotiated's new date; Correct and Delete
 * Interaction; Promises in This Interaction).
 */
public class TabOrderUiTest {

    private IWorkbenchWindow window;
    private IWorkbenchPage page;

    @Before
    public void setUp() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        window.getShell().setSize(1400, 900);
        UiTestSupport.seededStore();
    }

    @After
    public void tearDown() {
        page.closeAllEditors(false);
    }

    /**
     * The controls Tab visits, in order: SWT's traversal goes through each composite's tab list
     * (its children unless set otherwise), into composites, over what is hidden or disabled.
     * Worked out from the widgets rather than by pressing Tab, which needs the window manager to
     * give the dialog the keyboard.
     */
    private static List<Control> tabOrder(org.eclipse.swt.widgets.Composite parent) {
        List<Control> order = new ArrayList<>();
        for (Control child : parent.getTabList()) {
            if (!child.isVisible() || !child.isEnabled()) {
                continue;
            }
            boolean field = child instanceof org.eclipse.swt.widgets.Text || child instanceof org.eclipse.swt.widgets.Combo
                    || child instanceof Button || child instanceof org.eclipse.swt.widgets.Table
                    || child instanceof org.eclipse.swt.widgets.Tree || child instanceof org.eclipse.swt.widgets.List
                    || child instanceof org.eclipse.swt.widgets.DateTime || child instanceof org.eclipse.swt.widgets.Spinner
                    || child instanceof org.eclipse.swt.widgets.Link || child instanceof org.eclipse.swt.custom.StyledText
                    || child instanceof org.eclipse.swt.custom.CCombo;
            if (field) {
                order.add(child);
            } else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                order.addAll(tabOrder(composite));
            }
        }
        return order;
    }

    /** What is out of reading order: a control that comes after one lower down, or left of it on its row. */
    private static List<String> outOfOrder(Shell shell, List<Control> order) {
        List<String> wrong = new ArrayList<>();
        for (int i = 1; i < order.size(); i++) {
            Point a = order.get(i - 1).toDisplay(0, 0);
            Point b = order.get(i).toDisplay(0, 0);
            int rowTolerance = Math.max(8, order.get(i - 1).getSize().y / 2);
            boolean nextRow = b.y > a.y + rowTolerance;
            boolean sameRowRight = Math.abs(b.y - a.y) <= rowTolerance && b.x > a.x;
            if (!nextRow && !sameRowRight) {
                wrong.add(describe(order.get(i - 1)) + " -> " + describe(order.get(i)));
            }
        }
        return wrong;
    }

    private static String describe(Control control) {
        String text = control instanceof Button b ? b.getText()
                : control instanceof org.eclipse.swt.widgets.Text t ? "text '" + t.getMessage() + "'" : "";
        Point at = control.toDisplay(0, 0);
        return control.getClass().getSimpleName() + "[" + text + "]@" + at.x + "," + at.y;
    }

    private void check(String title, Runnable open) {
        check(title, open, 3);
    }

    private void check(String title, Runnable open, int fewest) {
        check(title, open, fewest, shell -> {
        });
    }

    /**
     * {@code fewest}: how many controls Tab must at least visit (a list and its Close button: 2);
     * {@code prepare}: what the user does first (a choice that shows more fields).
     */
    private void check(String title, Runnable open, int fewest, java.util.function.Consumer<Shell> prepare) {
        List<String> found = new ArrayList<>();
        int[] visited = new int[1];
        List<String> seen = new ArrayList<>();
        boolean[] done = new boolean[1];
        UiTestSupport.whenShellOpens(title, shell -> {
            UiTestSupport.flush();
            prepare.accept(shell);
            shell.layout(true, true);
            UiTestSupport.flush();
            // Tab goes round: read the cycle from the control nearest the top left
            List<Control> order = tabOrder(shell);
            int start = 0;
            for (int i = 1; i < order.size(); i++) {
                Point p = order.get(i).toDisplay(0, 0);
                Point best = order.get(start).toDisplay(0, 0);
                if (p.y < best.y - 8 || Math.abs(p.y - best.y) <= 8 && p.x < best.x) {
                    start = i;
                }
            }
            java.util.Collections.rotate(order, -start);
            visited[0] = order.size();
            order.forEach(c -> seen.add(describe(c)));
            found.addAll(outOfOrder(shell, order));
            done[0] = true;
            shell.close();
        });
        open.run();
        UiTestSupport.waitUntil(title + " to open", 30_000, () -> done[0]);
        assertTrue(title + ": Tab visits " + visited[0] + " controls: " + seen, visited[0] >= fewest);
        assertTrue(title + ": Tab out of reading order: " + found, found.isEmpty());
    }

    private void execute(String command) {
        try {
            UiTestSupport.execute(window, command, Map.of());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void newCustomer() {
        check("New Customer", () -> execute(dev.candor.profiles.ui.ProfilesUi.COMMAND_NEW_CUSTOMER));
    }

    @Test
    public void logInteraction() throws Exception {
        CustomersView customers = (CustomersView) page.showView(CandorUi.VIEW_CUSTOMERS);
        UiTestSupport.waitUntil("the customers", 30_000, () -> CustomersProbe.getRows(customers) != null
                && CustomersProbe.getRows(customers).getRowCount() > 0);
        CustomersProbe.getTable(customers).doCommand(new SelectRowsCommand(CustomersProbe.getTable(customers), 0, 1, false, false));
        check("Log Interaction", () -> execute(dev.candor.history.ui.HistoryUi.COMMAND_LOG_INTERACTION));
    }

    @Test
    public void newCommitment() {
        check("New Commitment", () -> execute("dev.candor.commitments.ui.commands.new"));
    }

    @Test
    public void importData() {
        check("Import Data", () -> execute("dev.candor.exchange.ui.commands.import"));
    }

    @Test
    public void exportData() {
        check("Export Data", () -> execute("dev.candor.exchange.ui.commands.export"));
    }

    @Test
    public void search() {
        check("Search", () -> execute("dev.candor.history.ui.commands.search"));
    }

    @Test
    public void findDuplicates() {
        // the groups and Close; Open and Merge wait for a choice
        check("Duplicate Customers", () -> execute("dev.candor.profiles.ui.commands.findDuplicates"), 2);
    }

    @Test
    public void keptOnTimeRates() {
        check("Kept-on-Time Rates", () -> execute("dev.candor.commitments.ui.commands.rates"), 2);
    }

    /** An open commitment of the demo data chosen in the Commitments view. */
    private void chooseACommitment() throws Exception {
        dev.candor.commitments.ui.internal.CommitmentsView commitments = (dev.candor.commitments.ui.internal.CommitmentsView) page
                .showView("dev.candor.commitments.ui.views.commitments");
        UiTestSupport.waitUntil("the commitments", 30_000, () -> commitments.getList().rows().stream()
                .anyMatch(r -> r instanceof dev.candor.store.CommitmentSummary));
        dev.candor.store.CommitmentSummary first = commitments.getList().rows().stream()
                .filter(r -> r instanceof dev.candor.store.CommitmentSummary c && c.isOpen())
                .map(r -> (dev.candor.store.CommitmentSummary) r).findFirst().orElseThrow();
        page.activate(commitments);
        assertTrue(dev.candor.commitments.ui.internal.CommitmentsProbe.select(commitments, first.id()));
    }

    @Test
    public void changeStatus() throws Exception {
        chooseACommitment();
        check("Change Status", () -> execute("dev.candor.commitments.ui.commands.changeStatus"));
    }

    /** Renegotiated shows the new due date and time: they come between the choices and the note. */
    @Test
    public void renegotiate() throws Exception {
        chooseACommitment();
        check("Change Status", () -> execute("dev.candor.commitments.ui.commands.changeStatus"), 5,
                shell -> dev.candor.commitments.ui.internal.CommitmentsProbe.choose(
                        (dev.candor.commitments.ui.internal.StatusDialog) shell.getData(),
                        dev.candor.model.CommitmentStatus.RENEGOTIATED));
    }

    /** An interaction of the demo data chosen in its customer's history. */
    private void chooseAnInteraction() throws Exception {
        CustomersView customers = (CustomersView) page.showView(CandorUi.VIEW_CUSTOMERS);
        UiTestSupport.waitUntil("the customers", 30_000, () -> CustomersProbe.getRows(customers) != null
                && CustomersProbe.getRows(customers).getRowCount() > 0);
        var first = CustomersProbe.getRows(customers).getRowObject(0);
        dev.candor.history.ui.internal.InteractionHistoryView history = (dev.candor.history.ui.internal.InteractionHistoryView) page
                .showView(dev.candor.history.ui.HistoryUi.VIEW_HISTORY);
        history.showCustomer(first.id(), first.name());
        select(history, interaction -> true);
    }

    /** Waits for an interaction {@code wanted} accepts in the history, and selects it as a click does. */
    private void select(dev.candor.history.ui.internal.InteractionHistoryView history,
            java.util.function.Predicate<dev.candor.model.Interaction> wanted) {
        UiTestSupport.waitUntil("the interaction in the history", 30_000, () -> dev.candor.history.ui.internal.HistoryProbe
                .getRows(history).stream().anyMatch(r -> r.interaction() != null && wanted.test(r.interaction())));
        org.eclipse.swt.widgets.Table table = dev.candor.history.ui.internal.HistoryProbe.getTable(history);
        var rows = dev.candor.history.ui.internal.HistoryProbe.getRows(history);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).interaction() != null && wanted.test(rows.get(i).interaction())) {
                page.activate(history);
                table.setSelection(i);
                table.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                return;
            }
        }
    }

    @Test
    public void correctInteraction() throws Exception {
        chooseAnInteraction();
        check("Correct Interaction", () -> execute("dev.candor.history.ui.commands.editInteraction"));
    }

    @Test
    public void deleteInteraction() throws Exception {
        chooseAnInteraction();
        // the reason and the buttons
        check("Delete Interaction", () -> execute("dev.candor.history.ui.commands.deleteInteraction"), 2);
    }

    @Test
    public void findPromises() throws Exception {
        // a call of a customer of this test's own, with a promise in it: the dialog lists it
        String stamp = Long.toString(System.nanoTime(), 36);
        String name = "Tabulator " + stamp + " Kft.";
        madeCustomer = UiTestSupport.service(dev.candor.profiles.CustomerService.class)
                .create(UiTestSupport.customer(name, "iroda@tabulator.example.hu", "ewa.nowak")).getId();
        dev.candor.model.Interaction call = dev.candor.model.CandorFactory.eINSTANCE.createInteraction();
        call.setCustomerId(madeCustomer);
        call.setChannel(dev.candor.model.Channel.PHONE);
        call.setDirection(dev.candor.model.Direction.OUTBOUND);
        call.setStartedAt(new java.util.Date(CandorUi.clock().millis() - 3_600_000L));
        call.setSubject("Offer " + stamp);
        call.setNotes("I will send you the revised offer by Friday.");
        call.setAccountManager("ewa.nowak");
        long id = UiTestSupport.service(dev.candor.history.InteractionService.class).log(call).getId();
        dev.candor.history.ui.internal.InteractionHistoryView history = (dev.candor.history.ui.internal.InteractionHistoryView) page
                .showView(dev.candor.history.ui.HistoryUi.VIEW_HISTORY);
        history.showCustomer(madeCustomer, name);
        select(history, interaction -> interaction.getId() == id);
        // the promise's box, its due date and the buttons
        check("Promises in This Interaction", () -> execute("dev.candor.commitments.ui.commands.findPromises"), 3);
    }

    private long madeCustomer;

    @After
    public void removeTheCustomer() throws Exception {
        if (madeCustomer > 0) {
            var customers = UiTestSupport.service(dev.candor.profiles.CustomerService.class);
            customers.delete(madeCustomer, customers.find(madeCustomer).orElseThrow().getVersion());
            madeCustomer = 0;
        }
    }
}
