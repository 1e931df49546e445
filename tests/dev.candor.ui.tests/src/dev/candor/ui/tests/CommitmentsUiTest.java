package dev.candor.ui.tests;

import dev.candor.profiles.ui.internal.ProfilesProbe;
import dev.candor.ui.internal.customers.CustomersProbe;
import dev.candor.commitments.ui.internal.CommitmentsProbe;
import dev.candor.history.ui.internal.HistoryProbe;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import dev.candor.commitments.ui.internal.ChangeStatusHandler;
import dev.candor.commitments.ui.internal.CommitmentDialog;
import dev.candor.commitments.ui.internal.CommitmentsView;
import dev.candor.commitments.ui.internal.RatesDialog;
import dev.candor.commitments.ui.internal.StatusDialog;
import dev.candor.commitments.ui.internal.SuggestionsDialog;
import dev.candor.history.ui.HistoryUi;
import dev.candor.history.ui.internal.InteractionHistoryView;
import dev.candor.history.ui.internal.LogInteractionDialog;
import dev.candor.model.Commitment;
import dev.candor.model.CommitmentStatus;
import dev.candor.model.Interaction;
import dev.candor.store.CandorStore;
import dev.candor.store.CommitmentSummary;
import dev.candor.store.CustomerSummary;
import dev.candor.ui.CandorUi;
import dev.candor.ui.internal.customers.CustomersView;

/**
 * Commitments through their real widgets on the demo database: promises suggested when an
 * interaction is logged, a commitment created from the interaction, then marked kept.
 */
public class CommitmentsUiTest {

    private static final String VIEW = CommitmentsView.ID;
    private IWorkbenchWindow window;
    private IWorkbenchPage page;
    private CandorStore store;

    @Before
    public void setUp() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        window.getShell().setSize(1400, 900);
        store = UiTestSupport.seededStore();
    }

    @After
    public void tearDown() {
        page.closeAllEditors(false);
        UiTestSupport.flush();
    }

    private Object execute(String command, Map<String, String> parameters) throws Exception {
        return UiTestSupport.execute(window, command, parameters);
    }

    @Test
    public void aPromiseInALoggedInteractionBecomesACommitmentThatIsThenKept() throws Exception {
        CommitmentsView commitments = (CommitmentsView) page.showView(VIEW);
        InteractionHistoryView history = (InteractionHistoryView) page.showView(HistoryUi.VIEW_HISTORY);
        CustomersView customers = (CustomersView) page.showView(CandorUi.VIEW_CUSTOMERS);
        // another test may have left a filter: clear it and wait until the whole list shows
        CustomersProbe.getFilterText(customers).setText("");
        UiTestSupport.waitUntil("the customers to load", 60_000,
                () -> customers.getIndex() != null && customers.getIndex().visibleCount() > 3);
        UiTestSupport.waitUntil("the commitments to load", 60_000, commitments::isLoaded);
        CustomerSummary target = customers.getIndex().visible(3);
        CustomersProbe.getFilterText(customers).setText(target.name());
        UiTestSupport.waitUntil("the filter to show the customer", 10_000,
                () -> CustomersProbe.getRows(customers).indexOfRowObject(target) >= 0);
        CustomersProbe.getTable(customers).doCommand(new SelectRowsCommand(CustomersProbe.getTable(customers), 0,
                CustomersProbe.getRows(customers).indexOfRowObject(target) + 1, false, false));
        UiTestSupport.waitUntil("the history to follow the selection", 10_000,
                () -> history.getCustomerId() == target.id() && history.getFirstPaintMillis() >= 0);

        // 1. log an interaction whose notes make two promises; the suggestions are offered and dismissed
        UiTestSupport.whenShellOpens("Log Interaction", shell -> {
            LogInteractionDialog dialog = (LogInteractionDialog) shell.getData();
            // a call: its notes are the account manager's (in a message from the customer, the promises are theirs)
            HistoryProbe.getChannel(dialog).select(dev.candor.model.Channel.PHONE.getValue());
            HistoryProbe.getChannel(dialog).notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            HistoryProbe.getSubject(dialog).setText("Renewal of the service contract");
            HistoryProbe.getNotes(dialog).setText("Discussed the renewal. I will send you the revised offer tomorrow. "
                    + "We will also check the invoice from October.");
            UiTestSupport.press(shell, "Log");
        });
        List<Integer> suggested = new java.util.ArrayList<>();
        UiTestSupport.whenShellOpens("Promises in This Interaction", shell -> {
            SuggestionsDialog dialog = (SuggestionsDialog) shell.getData();
            suggested.add(CommitmentsProbe.getChoices(dialog).size());
            try {
                UiTestSupport.screenshot(shell, "commitments-suggestions");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            UiTestSupport.press(shell, "Dismiss");
        });
        page.activate(customers);
        execute(HistoryUi.COMMAND_LOG_INTERACTION, Map.of());
        UiTestSupport.waitUntil("the promises to be offered", 20_000, () -> !suggested.isEmpty());
        assertEquals("both promises are offered", List.of(2), suggested);
        UiTestSupport.waitUntil("the new interaction in the timeline", 20_000, () -> HistoryProbe.getRows(history).stream()
                .anyMatch(r -> r.interaction() != null && r.interaction().getSubject().startsWith("Renewal")));
        Interaction logged = HistoryProbe.getRows(history).stream().filter(r -> r.interaction() != null
                && r.interaction().getSubject().startsWith("Renewal")).findFirst().orElseThrow().interaction();
        assertTrue("dismissed suggestions create nothing",
                store.call(s -> s.commitments().listForInteraction(logged.getId())).isEmpty());

        // 2. create a commitment from the interaction selected in the history: pre-filled and linked
        page.activate(history);
        int row = HistoryProbe.getRows(history).indexOf(HistoryProbe.getRows(history).stream()
                .filter(r -> r.interaction() == logged).findFirst().orElseThrow());
        HistoryProbe.getTable(history).setSelection(row);
        HistoryProbe.getTable(history).notifyListeners(SWT.Selection, new Event());
        assertTrue("the history's selection is the interaction: " + page.getSelection(),
                page.getSelection() instanceof org.eclipse.jface.viewers.IStructuredSelection selected
                        && selected.getFirstElement() instanceof Interaction i && i.getId() == logged.getId());
        String[] prefilled = { null };
        boolean[] refusedBlank = { false };
        UiTestSupport.whenShellOpens("New Commitment", shell -> {
            CommitmentDialog dialog = (CommitmentDialog) shell.getData();
            prefilled[0] = CommitmentsProbe.getDescription(dialog).getText();
            CommitmentsProbe.getDescription(dialog).setText(" ");
            refusedBlank[0] = !UiTestSupport.find(shell, org.eclipse.swt.widgets.Button.class,
                    b -> b.getText().replace("&", "").equals("Save")).isEnabled();
            CommitmentsProbe.getDescription(dialog).setText(prefilled[0]);
            try {
                UiTestSupport.screenshot(shell, "commitments-new");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            UiTestSupport.press(shell, "Save");
        });
        execute("dev.candor.commitments.ui.commands.new", Map.of());
        // the interaction's customer and policy are read in a job, then the dialog opens; it saves in one
        UiTestSupport.waitUntil("the commitment to be saved", 30_000,
                () -> call(() -> !store.call(s -> s.commitments().listForInteraction(logged.getId())).isEmpty()));
        assertEquals("I will send you the revised offer tomorrow.", prefilled[0]);
        assertTrue("a blank promise cannot be saved", refusedBlank[0]);
        List<Commitment> made = store.call(s -> s.commitments().listForInteraction(logged.getId()));
        assertEquals(1, made.size());
        Commitment commitment = made.get(0);
        assertEquals(target.id(), commitment.getCustomerId());
        assertEquals(CommitmentStatus.OPEN, commitment.getStatus());

        // 3. the Commitments view shows it; mark it kept from there
        page.activate(commitments);
        UiTestSupport.waitUntil("the view to show the new commitment", 30_000,
                () -> commitments.getList().find(commitment.getId()) != null);
        CommitmentsProbe.getFilterText(commitments).setText("revised offer " + target.name().split(" ")[0]);
        UiTestSupport.flush();
        assertTrue(CommitmentsProbe.getSummary(commitments), commitments.getList().shown() >= 1);
        assertTrue(CommitmentsProbe.select(commitments, commitment.getId()));
        UiTestSupport.screenshot(window.getShell(), "commitments-view");
        boolean[] keptNeedsNoNote = { false };
        boolean[] brokenNeedsNote = { false };
        UiTestSupport.whenShellOpens("Change Status", shell -> {
            StatusDialog dialog = (StatusDialog) shell.getData();
            org.eclipse.swt.widgets.Button apply = UiTestSupport.find(shell, org.eclipse.swt.widgets.Button.class,
                    b -> b.getText().replace("&", "").equals("Apply"));
            CommitmentsProbe.choose(dialog, CommitmentStatus.BROKEN);
            brokenNeedsNote[0] = !apply.isEnabled();
            CommitmentsProbe.choose(dialog, CommitmentStatus.KEPT);
            keptNeedsNoNote[0] = apply.isEnabled();
            CommitmentsProbe.getNote(dialog).setText("Sent by e-mail at 9:10.");
            try {
                UiTestSupport.screenshot(shell, "commitments-status");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            UiTestSupport.press(shell, "Apply");
        });
        execute(ChangeStatusHandler.COMMAND, Map.of());
        assertTrue("breaking a promise needs a reason", brokenNeedsNote[0]);
        assertTrue("keeping one does not", keptNeedsNoNote[0]);
        Commitment kept = store.call(s -> s.commitments().find(commitment.getId())).orElseThrow();
        assertEquals(CommitmentStatus.KEPT, kept.getStatus());
        assertNotNull(kept.getClosedAt());
        assertEquals(1, kept.getHistory().size());
        assertEquals("Sent by e-mail at 9:10.", kept.getHistory().get(0).getNote());
        assertEquals(System.getProperty("user.name"), kept.getHistory().get(0).getChangedBy());

        // kept commitments leave the open list and show under "closed" with all of them
        UiTestSupport.waitUntil("the view to reload", 30_000, () -> {
            CommitmentSummary c = commitments.getList().find(commitment.getId());
            return c != null && !c.isOpen();
        });
        assertFalse(CommitmentsProbe.select(commitments, commitment.getId()));
        commitments.getScope().select(4);
        commitments.getScope().notifyListeners(SWT.Selection, new Event());
        assertTrue(CommitmentsProbe.select(commitments, commitment.getId()));
        CommitmentsProbe.getFilterText(commitments).setText("");
        commitments.getScope().select(0);
        commitments.getScope().notifyListeners(SWT.Selection, new Event());
        UiTestSupport.screenshot(window.getShell(), "commitments-open");

        // 4. the rates count it
        UiTestSupport.whenShellOpens("Kept-on-Time Rates", shell -> {
            RatesDialog dialog = (RatesDialog) shell.getData();
            UiTestSupport.waitUntil("the rates to be read", 30_000, () -> !CommitmentsProbe.getRates(dialog).isEmpty());
            assertTrue(CommitmentsProbe.getRates(dialog).stream().anyMatch(r -> r.key().equals(kept.getOwner()) && r.keptOnTime() >= 1));
            try {
                UiTestSupport.screenshot(shell, "commitments-rates");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            UiTestSupport.press(shell, "Close");
        });
        execute("dev.candor.commitments.ui.commands.rates", Map.of());
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static boolean call(Check check) {
        try {
            return check.holds();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private final long[] offered = { -1 };

    /** Notes whom the New Commitment dialog is for and cancels it; a message of the command (the same title) is closed. */
    private void offeredCustomer(org.eclipse.swt.widgets.Shell shell) {
        if (shell.getData() instanceof CommitmentDialog dialog) {
            offered[0] = CommitmentsProbe.getCustomerId(dialog);
            UiTestSupport.press(shell, "Cancel");
        } else {
            offered[0] = -2;
            UiTestSupport.press(shell, "OK");
        }
    }

    @Test
    public void aCommitmentCanBeStartedFromAProfileAndFromTheView() throws Exception {
        CommitmentsView commitments = (CommitmentsView) page.showView(VIEW);
        UiTestSupport.waitUntil("the demo's commitments to be shown", 60_000,
                () -> commitments.isLoaded() && commitments.getList().shown() > 0);
        CommitmentSummary existing = commitments.getList().rows().stream().filter(CommitmentSummary.class::isInstance)
                .map(CommitmentSummary.class::cast).findFirst().orElseThrow();

        // from the profile editor's toolbar command: the customer of the open profile
        execute(CandorUi.COMMAND_OPEN_CUSTOMER, Map.of(CandorUi.PARAMETER_CUSTOMER_ID,
                Long.toString(existing.customerId())));
        // the profile is read in a job: its customer is the editor's selection once it is shown
        UiTestSupport.waitUntil("the profile editor", 20_000,
                () -> page.getActiveEditor() instanceof dev.candor.profiles.ui.internal.ProfileEditor editor
                        && ProfilesProbe.getCustomer(editor) != null);
        offered[0] = -1;
        UiTestSupport.whenShellOpens("New Commitment", this::offeredCustomer);
        execute("dev.candor.commitments.ui.commands.new", Map.of());
        assertEquals(existing.customerId(), offered[0]);
        page.closeAllEditors(false);

        // from the view: the customer of the selected commitment
        page.activate(commitments);
        assertTrue(CommitmentsProbe.select(commitments, existing.id()));
        offered[0] = -1;
        UiTestSupport.whenShellOpens("New Commitment", this::offeredCustomer);
        execute("dev.candor.commitments.ui.commands.new", Map.of());
        assertEquals(existing.customerId(), offered[0]);
    }

    /**
     * Issue 20, item 3: "by Friday" said on a Friday is offered as today or a week later, and the
     * commitment is due on the day the user picks.
     */
    @Test
    public void aWeekdaySaidOnThatDayIsOfferedBothWaysAndTheUserPicks() throws Exception {
        // a Friday ahead of Candor's clock, whatever day the tests run on: both readings are still to come
        java.time.ZoneId warsaw = java.time.ZoneId.of("Europe/Warsaw");
        java.time.Instant today = java.time.LocalDate.now(CandorUi.clock().withZone(warsaw)).plusDays(7)
                .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.FRIDAY)).atTime(17, 0)
                .atZone(warsaw).toInstant();
        java.time.Instant weekLater = today.plus(java.time.Duration.ofDays(7));
        long customer = store.call(s -> s.customers().save(UiTestSupport.customer("Piątek Logistyka Sp. z o.o.",
                "biuro@piatek.example.pl", CandorUi.currentUser()))).getId();
        try {
            Interaction call = dev.candor.model.CandorFactory.eINSTANCE.createInteraction();
            call.setCustomerId(customer);
            call.setChannel(dev.candor.model.Channel.PHONE);
            call.setDirection(dev.candor.model.Direction.OUTBOUND);
            call.setSubject("Offer");
            call.setNotes("I will send the revised offer by Friday.");
            call.setAccountManager(CandorUi.currentUser());
            call.setStartedAt(java.util.Date.from(CandorUi.clock().instant().minus(java.time.Duration.ofHours(1))));
            Interaction saved = store.call(s -> s.interactions().save(call));
            dev.candor.commitments.PromiseSuggestion friday = new dev.candor.commitments.PromiseSuggestion(0, 40,
                    call.getNotes(), dev.candor.model.Language.ENGLISH, today, "by Friday", weekLater);
            SuggestionsDialog dialog = new SuggestionsDialog(window.getShell(),
                    UiTestSupport.service(dev.candor.commitments.CommitmentService.class), saved,
                    "Piątek Logistyka Sp. z o.o.", List.of(friday), weekLater);
            dialog.setBlockOnOpen(false);
            dialog.open();
            org.eclipse.swt.widgets.Shell shell = dialog.getShell();
            org.eclipse.swt.widgets.Combo reading = UiTestSupport.find(shell, org.eclipse.swt.widgets.Combo.class, c -> true);
            assertEquals(2, reading.getItemCount());
            assertTrue(reading.getItem(0), reading.getItem(0).startsWith("due today") && reading.getItem(0).contains("by Friday"));
            assertTrue(reading.getItem(1), reading.getItem(1).startsWith("due a week later"));
            assertTrue(dialog.getMessage(), dialog.getMessage().contains("today or a week later"));
            reading.select(1);
            UiTestSupport.screenshot(shell, "suggestions-friday");
            org.eclipse.swt.widgets.Button create = UiTestSupport.find(shell, org.eclipse.swt.widgets.Button.class,
                    b -> Integer.valueOf(org.eclipse.jface.dialogs.IDialogConstants.OK_ID).equals(b.getData()));
            create.notifyListeners(SWT.Selection, new Event());
            try {
                UiTestSupport.waitUntil("the commitment to be saved", 10_000, shell::isDisposed);
            } finally {
                if (!shell.isDisposed()) {
                    // a dialog left open would be taken for the next test's
                    shell.close();
                }
            }
            List<Commitment> made = store.call(s -> s.commitments().listForCustomer(customer));
            assertEquals(1, made.size());
            assertEquals("due on the day picked", java.util.Date.from(weekLater), made.get(0).getDueAt());
        } finally {
            UiTestSupport.removeCustomer(store, customer);
        }
    }
}
