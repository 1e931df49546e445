package dev.candor.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Date;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import dev.candor.history.InteractionService;
import dev.candor.history.ui.HistoryUi;
import dev.candor.history.ui.internal.HistoryProbe;
import dev.candor.history.ui.internal.InteractionHistoryView;
import dev.candor.model.CandorFactory;
import dev.candor.model.Channel;
import dev.candor.model.Direction;
import dev.candor.model.Interaction;
import dev.candor.profiles.CustomerService;
import dev.candor.profiles.ui.internal.ProfileEditor;
import dev.candor.store.CandorStore;
import dev.candor.store.CustomerSummary;
import dev.candor.ui.CandorUi;
import dev.candor.ui.internal.customers.CustomersProbe;
import dev.candor.ui.internal.customers.CustomersView;

/**
 * From a filter to an open record without the mouse: type in the Customers view's filter, Down
 * moves into the rows, Enter opens the profile; in the history, Down from the filter selects the
 * first interaction and Enter opens its record.
 */
public class KeyboardFlowUiTest {

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

    private static void key(org.eclipse.swt.widgets.Control control, int keyCode) {
        Event event = new Event();
        event.keyCode = keyCode;
        event.character = keyCode == SWT.CR ? '\r' : 0;
        event.doit = true;
        control.notifyListeners(SWT.KeyDown, event);
    }

    @Test
    public void fromTheFilterToTheOpenRecordWithTheKeyboard() throws Exception {
        String stamp = Long.toString(System.nanoTime(), 36);
        String name = "Klawiatura " + stamp + " Sp. z o.o.";
        customerId = UiTestSupport.service(CustomerService.class)
                .create(UiTestSupport.customer(name, "biuro@klawiatura.example.pl", "ewa.nowak")).getId();
        Interaction call = CandorFactory.eINSTANCE.createInteraction();
        call.setCustomerId(customerId);
        call.setChannel(Channel.PHONE);
        call.setDirection(Direction.OUTBOUND);
        call.setStartedAt(new Date(CandorUi.clock().millis() - 3_600_000L));
        call.setSubject("Keyboard check " + stamp);
        call.setAccountManager("ewa.nowak");
        UiTestSupport.service(InteractionService.class).log(call);

        CustomersView customers = (CustomersView) page.showView(CandorUi.VIEW_CUSTOMERS);
        UiTestSupport.waitUntil("the new customer in the list", 30_000, () -> customers.getIndex() != null
                && customers.getIndex().size() > 0);
        org.eclipse.swt.widgets.Text filter = CustomersProbe.getFilterText(customers);
        filter.setFocus();
        filter.setText(stamp);
        UiTestSupport.waitUntil("the filter to show only the new customer", 20_000,
                () -> CustomersProbe.getRows(customers).getRowCount() == 1
                        && CustomersProbe.getRows(customers).getRowObject(0).id() == customerId);
        key(filter, SWT.ARROW_DOWN);
        UiTestSupport.waitUntil("Down to select the first row", 10_000, () -> {
            IStructuredSelection selected = (IStructuredSelection) customers.getSite().getSelectionProvider()
                    .getSelection();
            return selected.size() == 1 && selected.getFirstElement() instanceof CustomerSummary c
                    && c.id() == customerId;
        });
        assertTrue("the rows have the keyboard", CustomersProbe.getTable(customers).isFocusControl()
                || !filter.isFocusControl());
        key(CustomersProbe.getTable(customers), SWT.CR);
        UiTestSupport.waitUntil("Enter to open the profile", 20_000, () -> page.getActiveEditor() instanceof ProfileEditor
                && page.getActiveEditor().getTitle().startsWith("Klawiatura " + stamp));
        filter.setText("");

        InteractionHistoryView history = (InteractionHistoryView) page.showView(HistoryUi.VIEW_HISTORY);
        history.showCustomer(customerId, name);
        UiTestSupport.waitUntil("the customer's history", 20_000, () -> HistoryProbe.getRows(history).stream()
                .anyMatch(r -> r.interaction() != null && r.interaction().getSubject().endsWith(stamp)));
        HistoryProbe.getFilterText(history).setText("keyboard");
        UiTestSupport.flush();
        key(HistoryProbe.getFilterText(history), SWT.ARROW_DOWN);
        int selected = HistoryProbe.getTable(history).getSelectionIndex();
        assertTrue("Down selects the interaction", selected >= 0);
        assertEquals("Keyboard check " + stamp, HistoryProbe.getRows(history).get(selected).interaction().getSubject());
        boolean[] opened = { false };
        UiTestSupport.whenShellOpens("Keyboard check " + stamp, shell -> {
            opened[0] = true;
            shell.close();
        });
        // Enter in a table is its default selection
        HistoryProbe.getTable(history).notifyListeners(SWT.DefaultSelection, new Event());
        assertTrue("Enter opens the record", opened[0]);
        HistoryProbe.getFilterText(history).setText("");
    }

    /** The demo data set stays as the other tests expect it. */
    @After
    public void removeTheCustomer() throws Exception {
        page.closeAllEditors(false);
        if (customerId > 0) {
            UiTestSupport.service(CustomerService.class).delete(customerId,
                    UiTestSupport.service(CustomerService.class).find(customerId).orElseThrow().getVersion());
        }
    }
}
