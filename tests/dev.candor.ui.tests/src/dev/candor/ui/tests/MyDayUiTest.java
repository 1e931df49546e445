package dev.candor.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import dev.candor.commitments.CommitmentService;
import dev.candor.commitments.Commitments;
import dev.candor.commitments.ui.internal.CommitmentsProbe;
import dev.candor.commitments.ui.internal.MyDayView;
import dev.candor.model.Commitment;
import dev.candor.model.CommitmentKind;
import dev.candor.model.CommitmentStatus;
import dev.candor.model.Priority;
import dev.candor.profiles.ui.internal.ProfileEditor;
import dev.candor.store.CandorStore;
import dev.candor.store.CommitmentSummary;
import dev.candor.ui.CandorUi;

/**
 * My Day of the user: their overdue promise, the answer they owe and their customer nobody has
 * talked to, each in its section; Enter on a row opens the customer; keeping the promise
 * elsewhere takes it off the day by itself.
 */
public class MyDayUiTest {

    private IWorkbenchWindow window;
    private IWorkbenchPage page;
    private CandorStore store;
    private long customerId;

    @Before
    public void setUp() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        window.getShell().setSize(1400, 900);
        store = UiTestSupport.seededStore();
    }

    private static TreeItem section(Tree tree, String startsWith) {
        for (TreeItem section : tree.getItems()) {
            if (section.getText(0).startsWith(startsWith)) {
                return section;
            }
        }
        throw new AssertionError("no section " + startsWith);
    }

    private static List<String> rows(TreeItem section) {
        return java.util.Arrays.stream(section.getItems()).map(i -> i.getText(0) + " | " + i.getText(1)).toList();
    }

    @Test
    public void theUsersDayListsWhatNeedsThemAndFollowsChanges() throws Exception {
        String me = CandorUi.currentUser();
        String name = "Hajnal Nyomda Kft. " + Long.toString(System.nanoTime(), 36);
        dev.candor.model.Customer customer = UiTestSupport.customer(name, "iroda@hajnal.example.hu", me);
        customerId = store.call(s -> s.customers().save(customer)).getId();
        Instant now = CandorUi.clock().instant();
        Commitment promise = Commitments.promise(customerId, "Send the corrected invoice", me, null,
                now.minusSeconds(3 * 3600), Priority.HIGH, null, now.minusSeconds(2 * 86_400));
        long promiseId = store.call(s -> s.commitments().save(promise)).getId();
        Commitment answer = Commitments.promise(customerId, "Respond: Question about the delivery", me, null,
                now.plusSeconds(2 * 3600), Priority.MEDIUM, null, now.minusSeconds(600));
        answer.setKind(CommitmentKind.RESPOND);
        store.call(s -> s.commitments().save(answer));

        // written straight into the database, so nothing announced them: F5, as a user would
        dev.candor.ui.DataEvents.reload();
        MyDayView view = (MyDayView) page.showView(MyDayView.ID);
        Tree tree = CommitmentsProbe.getTree(view);
        UiTestSupport.waitUntil("the user's day with the new promise (" + me + "; the view: "
                + CommitmentsProbe.getPerson(view).getText() + ", " + CommitmentsProbe.getSummary(view) + ")", 30_000, () -> {
            var day = CommitmentsProbe.getDay(view);
            return day != null && day.quietRead() && day.overdue().stream().anyMatch(c -> c.id() == promiseId);
        });
        assertEquals(me, CommitmentsProbe.getPerson(view).getText());
        assertTrue(rows(section(tree, "Overdue")).contains("Send the corrected invoice | " + name));
        assertTrue(rows(section(tree, "Answers owed")).contains("Respond: Question about the delivery | " + name));
        assertTrue("a customer nobody talked to", rows(section(tree, "Not contacted")).contains("Get in touch | " + name));
        assertTrue(CommitmentsProbe.getSummary(view), CommitmentsProbe.getSummary(view).startsWith("Enter opens"));
        for (org.eclipse.swt.widgets.Shell shell : window.getShell().getDisplay().getShells()) {
            if (shell != window.getShell() && shell.isVisible()) {
                shell.close(); // the reminder popup would cover the view
            }
        }
        UiTestSupport.screenshot(window.getShell(), "my-day");

        // Enter on the overdue promise opens its customer
        TreeItem row = java.util.Arrays.stream(section(tree, "Overdue").getItems())
                .filter(i -> i.getData() instanceof CommitmentSummary c && c.id() == promiseId).findFirst().orElseThrow();
        tree.setSelection(row);
        tree.notifyListeners(SWT.Selection, new Event());
        tree.notifyListeners(SWT.DefaultSelection, new Event());
        UiTestSupport.waitUntil("the customer's profile", 20_000, () -> page.getActiveEditor() instanceof ProfileEditor
                && page.getActiveEditor().getTitle().startsWith("Hajnal Nyomda"));

        // kept through the service (as from the Commitments view): the day drops it by itself
        CommitmentService commitments = UiTestSupport.service(CommitmentService.class);
        CommitmentSummary kept = CommitmentsProbe.getDay(view).overdue().stream().filter(c -> c.id() == promiseId)
                .findFirst().orElseThrow();
        commitments.changeStatus(List.of(kept), CommitmentStatus.KEPT, "Sent at last", null);
        UiTestSupport.waitUntil("the kept promise to leave the day", 20_000,
                () -> CommitmentsProbe.getDay(view).overdue().stream().noneMatch(c -> c.id() == promiseId));
        assertTrue(rows(section(tree, "Overdue")).stream().noneMatch(r -> r.startsWith("Send the corrected invoice")));
    }

    /** The demo data set stays as the other tests expect it: the customer goes with its commitments. */
    @After
    public void removeTheCustomer() throws Exception {
        page.closeAllEditors(false);
        UiTestSupport.removeCustomer(store, customerId);
    }
}
