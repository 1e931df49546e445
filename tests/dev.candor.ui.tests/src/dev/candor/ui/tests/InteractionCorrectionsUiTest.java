package dev.candor.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import dev.candor.ethics.ReviewService;
import dev.candor.history.InteractionService;
import dev.candor.history.ui.HistoryUi;
import dev.candor.history.ui.internal.CustomerChoiceDialog;
import dev.candor.history.ui.internal.DeleteInteractionDialog;
import dev.candor.history.ui.internal.HistoryProbe;
import dev.candor.history.ui.internal.InteractionHistoryView;
import dev.candor.history.ui.internal.LogInteractionDialog;
import dev.candor.model.CandorFactory;
import dev.candor.model.Channel;
import dev.candor.model.Direction;
import dev.candor.model.EthicsReview;
import dev.candor.model.Interaction;
import dev.candor.model.ReviewKind;
import dev.candor.store.AuditEntry;
import dev.candor.store.CandorStore;

/**
 * A call logged on the wrong customer, with a typo, is corrected from the history's menu and
 * moved to the right customer (found by typing, picked with the keyboard); then deleted with the
 * Delete key and a reason. The history follows each step, the audit trail keeps both, and the
 * ethics review is worked out again for the corrected text.
 */
public class InteractionCorrectionsUiTest {

    private IWorkbenchWindow window;
    private IWorkbenchPage page;
    private CandorStore store;
    private long wrong;
    private long right;

    @Before
    public void setUp() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        window.getShell().setSize(1400, 900);
        store = UiTestSupport.seededStore();
    }

    private List<Interaction> rows(InteractionHistoryView history) {
        return HistoryProbe.getRows(history).stream().filter(r -> r.interaction() != null)
                .map(InteractionHistoryView.Row::interaction).toList();
    }

    private void select(InteractionHistoryView history, long interactionId) {
        Table table = HistoryProbe.getTable(history);
        for (int i = 0; i < HistoryProbe.getRows(history).size(); i++) {
            Interaction shown = HistoryProbe.getRows(history).get(i).interaction();
            if (shown != null && shown.getId() == interactionId) {
                table.setSelection(i);
                table.notifyListeners(SWT.Selection, new Event());
                return;
            }
        }
        throw new AssertionError("not in the history: " + interactionId);
    }

    private List<AuditEntry> trail(long customer, String action) throws Exception {
        return store.call(s -> s.audit().listForSubject(customer)).stream().filter(e -> e.action().equals(action))
                .toList();
    }

    @Test
    public void aCallOnTheWrongCustomerIsCorrectedMovedAndThenDeletedWithAReason() throws Exception {
        String stamp = Long.toString(System.nanoTime(), 36);
        wrong = store.call(s -> s.customers().save(
                UiTestSupport.customer("Kovács Bútor " + stamp, "iroda@kovacsbutor.example.hu", "ewa.nowak"))).getId();
        String rightName = "Kovács Fuvar " + stamp;
        right = store.call(s -> s.customers().save(
                UiTestSupport.customer(rightName, "iroda@kovacsfuvar.example.hu", "ewa.nowak"))).getId();
        Interaction call = CandorFactory.eINSTANCE.createInteraction();
        call.setCustomerId(wrong);
        call.setChannel(Channel.PHONE);
        call.setDirection(Direction.INBOUND);
        call.setStartedAt(new Date(dev.candor.ui.CandorUi.clock().millis() - 2 * 3_600_000L));
        call.setSubject("Delivry dates");
        call.setNotes("Asked about the delivery dates of the December order.");
        call.setAccountManager("ewa.nowak");
        long id = store.call(s -> s.interactions().save(call)).getId();
        // a person reviewed the call as it was logged
        ReviewService reviews = UiTestSupport.service(ReviewService.class);
        var prefilled = reviews.prefill(id).orElseThrow();
        reviews.save(dev.candor.ethics.Reviews.automatic(prefilled.template(), id, prefilled.found(), new Date(dev.candor.ui.CandorUi.clock().millis())));

        InteractionHistoryView history = (InteractionHistoryView) page.showView(HistoryUi.VIEW_HISTORY);
        history.showCustomer(wrong, "Kovács Bútor " + stamp);
        UiTestSupport.waitUntil("the wrong customer's history", 20_000,
                () -> rows(history).stream().anyMatch(i -> i.getId() == id));
        page.activate(history);
        select(history, id);

        boolean[] unchangedRefused = { false };
        boolean[] chooserShown = { false };
        UiTestSupport.whenShellOpens("Correct Interaction", shell -> {
            LogInteractionDialog dialog = (LogInteractionDialog) shell.getData();
            Button save = UiTestSupport.find(shell, Button.class,
                    b -> b.getText().replace("&", "").equals("Save Correction"));
            unchangedRefused[0] = !save.isEnabled();
            HistoryProbe.getSubject(dialog).setText("Delivery dates");
            UiTestSupport.whenShellOpens("Choose Customer", chooser -> {
                CustomerChoiceDialog choice = (CustomerChoiceDialog) chooser.getData();
                HistoryProbe.getQuery(choice).setText("kovacs fuvar " + stamp);
                UiTestSupport.whenTrue(() -> HistoryProbe.getMatches(choice).getItemCount() > 0, 30_000, () -> {
                    chooserShown[0] = true;
                    Event down = new Event();
                    down.keyCode = SWT.ARROW_DOWN;
                    HistoryProbe.getQuery(choice).notifyListeners(SWT.KeyDown, down);
                    try {
                        UiTestSupport.screenshot(chooser, "choose-customer");
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                    UiTestSupport.press(chooser, "Choose");
                }, chooser::close);
            });
            UiTestSupport.press(shell, "Change…");
            try {
                UiTestSupport.screenshot(shell, "correct-interaction");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            UiTestSupport.press(shell, "Save Correction");
        });
        UiTestSupport.execute(window, "dev.candor.history.ui.commands.editInteraction", Map.of());
        assertTrue("a correction that changes nothing cannot be saved", unchangedRefused[0]);
        assertTrue("the customer was found by typing", chooserShown[0]);

        InteractionService interactions = UiTestSupport.service(InteractionService.class);
        UiTestSupport.waitUntil("the call to move to the right customer", 20_000, () -> {
            try {
                return interactions.find(id).orElseThrow().getCustomerId() == right;
            } catch (Exception e) {
                return false;
            }
        });
        Interaction corrected = interactions.find(id).orElseThrow();
        assertEquals("Delivery dates", corrected.getSubject());
        assertEquals("the time was not touched", call.getStartedAt(), corrected.getStartedAt());
        UiTestSupport.waitUntil("the call to leave the wrong customer's history", 20_000,
                () -> rows(history).stream().noneMatch(i -> i.getId() == id));
        AuditEntry edit = trail(right, InteractionService.EDIT).get(0);
        assertTrue(edit.summary(), edit.summary().contains("Subject") && edit.summary().contains("Moved from customer #"
                + wrong + " to #" + right));
        UiTestSupport.waitUntil("the review of the corrected text", 20_000, () -> {
            try {
                List<EthicsReview> all = store.call(s -> s.reviews().forInteraction(id));
                return all.size() == 2 && all.get(0).getKind() == ReviewKind.AUTOMATIC;
            } catch (Exception e) {
                return false;
            }
        });

        history.showCustomer(right, rightName);
        UiTestSupport.waitUntil("the right customer's history", 20_000,
                () -> rows(history).stream().anyMatch(i -> i.getId() == id && i.getSubject().equals("Delivery dates")));
        page.activate(history);
        select(history, id);
        UiTestSupport.screenshot(window.getShell(), "history-corrected");

        boolean[] emptyRefused = { false };
        UiTestSupport.whenShellOpens("Delete Interaction", shell -> {
            DeleteInteractionDialog dialog = (DeleteInteractionDialog) shell.getData();
            Button delete = UiTestSupport.find(shell, Button.class, b -> b.getText().replace("&", "").equals("Delete"));
            HistoryProbe.getReason(dialog).setText("   ");
            emptyRefused[0] = !delete.isEnabled();
            HistoryProbe.getReason(dialog).setText("Logged twice: the same call is in the e-mail of 9:40.");
            try {
                UiTestSupport.screenshot(shell, "delete-interaction");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            UiTestSupport.press(shell, "Delete");
        });
        // the Delete key, as the user presses it in the history: through the workbench's key bindings
        Table table = HistoryProbe.getTable(history);
        table.setFocus();
        Event key = new Event();
        key.keyCode = SWT.DEL;
        key.character = SWT.DEL;
        table.notifyListeners(SWT.KeyDown, key);
        UiTestSupport.waitUntil("the call to be deleted", 30_000, () -> {
            try {
                return interactions.find(id).isEmpty();
            } catch (Exception e) {
                return false;
            }
        });
        assertTrue("no deletion without a reason", emptyRefused[0]);
        UiTestSupport.waitUntil("the call to leave the history", 20_000,
                () -> rows(history).stream().noneMatch(i -> i.getId() == id));
        AuditEntry deleted = trail(right, InteractionService.DELETE).get(0);
        assertTrue(deleted.summary(), deleted.summary().endsWith("Reason: Logged twice: the same call is in the e-mail of 9:40."));
        assertFalse("its reviews went with it", store.call(s -> s.reviews().forInteraction(id)).size() > 0);
    }

    /** The demo data set stays as the other tests expect it: the customers go with their records. */
    @After
    public void removeTheCustomers() throws Exception {
        UiTestSupport.removeCustomer(store, wrong);
        UiTestSupport.removeCustomer(store, right);
    }
}
