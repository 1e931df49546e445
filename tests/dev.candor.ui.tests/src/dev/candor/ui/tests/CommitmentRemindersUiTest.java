package dev.candor.ui.tests;

import dev.candor.commitments.ui.internal.CommitmentsProbe;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.Before;
import org.junit.Test;

import dev.candor.commitments.Commitments;
import dev.candor.commitments.ResponsePolicies;
import dev.candor.commitments.ui.internal.ExportCalendarHandler;
import dev.candor.commitments.ui.internal.ReminderPopup;
import dev.candor.commitments.ui.internal.Reminders;
import dev.candor.commitments.ui.internal.ResponseTimesPage;
import dev.candor.commitments.ui.internal.StatusDialog;
import dev.candor.model.Commitment;
import dev.candor.model.CommitmentStatus;
import dev.candor.model.Priority;
import dev.candor.store.CandorStore;
import dev.candor.store.CommitmentSummary;
import dev.candor.store.CustomerSummary;
import dev.candor.commitments.CommitmentService;
import dev.candor.ui.CandorUi;

/**
 * Reminders (popup and status bar, and what became overdue while Candor was closed), the
 * Response Times preference page and the calendar export, through their real widgets.
 */
public class CommitmentRemindersUiTest {

    private IWorkbenchWindow window;
    private CandorStore store;
    private CustomerSummary customer;

    @Before
    public void setUp() throws Exception {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getShell().setSize(1400, 900);
        store = UiTestSupport.seededStore();
        List<CustomerSummary> first = store.call(s -> s.customers().firstSummariesByName(1));
        customer = first.get(0);
    }

    private Commitment promise(String text, Instant due) throws Exception {
        Commitment c = Commitments.promise(customer.id(), text, "Jan Nowak", customer.name(), due, Priority.HIGH,
                null, due.minusSeconds(86_400));
        // through the service, which announces it as every view would see it
        return UiTestSupport.service(CommitmentService.class).promise(List.of(c)).get(0);
    }

    /** Whether the reminder popup shown last is open and names {@code text}. */
    private static boolean popupShows(String text) {
        Shell popup = CommitmentsProbe.currentPopup();
        return popup != null && !popup.isDisposed() && texts(popup).stream().anyMatch(t -> t.contains(text));
    }

    private static List<String> texts(Shell shell) {
        List<String> texts = new ArrayList<>();
        collect(shell, texts);
        return texts;
    }

    private static void collect(org.eclipse.swt.widgets.Composite parent, List<String> texts) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (child instanceof Label label) {
                texts.add(label.getText());
            } else if (child instanceof CLabel label) {
                texts.add(label.getText());
            } else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                collect(composite, texts);
            }
        }
    }

    @Test
    public void whatBecameOverdueWhileClosedIsShownAtStartAndNewOnesAsTheyCome() throws Exception {
        // first let the running Candor's reminders settle on the demo data (the status bar counts it)
        CLabel indicator = UiTestSupport.find(window.getShell(), CLabel.class,
                l -> "Commitments overdue or due within 4 hours; click to see them".equals(l.getToolTipText()));
        assertTrue("the indicator is in the status bar", indicator != null);
        try {
            UiTestSupport.waitUntil("the indicator to count the demo's overdue commitments", 60_000,
                    () -> indicator.getText().matches("[1-9]\\d* overdue .*"));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; it says \u201c" + indicator.getText() + "\u201d", e);
        }
        UiTestSupport.flush();
        if (CommitmentsProbe.currentPopup() != null && !CommitmentsProbe.currentPopup().isDisposed()) {
            CommitmentsProbe.currentPopup().dispose();
        }
        // relative to the product's clock, which the reminders ask
        Instant now = CandorUi.clock().instant();
        Commitment whileClosed = promise("Send the signed annex (while closed)", now.minusSeconds(3_600));
        // the running Candor's reminders see it too and pop it up as newly due; let that happen
        // first, so that their popup cannot replace the one of the restart below
        UiTestSupport.waitUntil("the running reminders to show the new overdue commitment", 30_000,
                () -> popupShows(whileClosed.getDescription()));
        CommitmentsProbe.currentPopup().dispose();
        // the previous run last checked two hours ago; a new Reminders is what a restart creates
        Reminders.preferences().putLong(Reminders.LAST_CHECK, now.minusSeconds(2 * 3_600).toEpochMilli());
        Display display = window.getShell().getDisplay();
        Shell before = CommitmentsProbe.currentPopup();
        new Reminders(display).start();
        UiTestSupport.waitUntil("the popup of what became overdue", 30_000, () -> {
            Shell popup = CommitmentsProbe.currentPopup();
            return popup != null && popup != before && !popup.isDisposed()
                    && texts(popup).stream().anyMatch(t -> t.contains("Candor was closed"));
        });
        Shell popup = CommitmentsProbe.currentPopup();
        assertTrue(texts(popup).toString(), texts(popup).stream().anyMatch(t -> t.contains(whileClosed.getDescription())));
        UiTestSupport.screenshot(popup, "commitments-reminder-popup");
        UiTestSupport.screenshot(window.getShell(), "commitments-reminder-window");

        // a commitment due within the hour pops up as soon as data changes, without waiting a minute
        Commitment soon = promise("Call back about the delivery slot (due soon)", now.plusSeconds(1_800));
        UiTestSupport.waitUntil("the popup of what is due now", 30_000, () -> popupShows(soon.getDescription()));
        UiTestSupport.waitUntil("the indicator to count it", 30_000,
                () -> indicator.getText().matches(".* [1-9]\\d* due soon"));
        CommitmentsProbe.currentPopup().dispose();
    }

    @Test
    public void responseTimesAreCheckedAsTypedAndSharedThroughTheDatabase() throws Exception {
        PreferenceDialog dialog = UiTestSupport.preferences(window, "dev.candor.commitments.ui.preferences.responseTimes");
        try {
            ResponseTimesPage page = (ResponseTimesPage) dialog.getSelectedPage();
            UiTestSupport.waitUntil("the policies to be read", 30_000, () -> CommitmentsProbe.getText(page).isEnabled());
            Button ok = UiTestSupport.find(dialog.getShell(), Button.class,
                    b -> b.getData() instanceof Integer id && id == IDialogConstants.OK_ID);
            CommitmentsProbe.getText(page).setText("zone = Mars/Olympus\nhours = 17:00-09:00\n");
            UiTestSupport.flush();
            assertFalse("a wrong policy cannot be applied", page.isValid());
            assertTrue(page.getErrorMessage(), page.getErrorMessage().contains("Line 1")
                    && page.getErrorMessage().contains("Mars/Olympus"));
            UiTestSupport.screenshot(dialog.getShell(), "commitments-response-times-invalid");
            CommitmentsProbe.getText(page).setText("zone = Europe/Warsaw\ndays = MON TUE WED THU FRI\nhours = 08:00-16:00\n"
                    + "holidays = 2026-12-24, 2026-12-25\nmembers = Jan Nowak\nhigh = 30m / 1d\n"
                    + "medium = 2h / 2d\nlow = 1d / 5d\n");
            UiTestSupport.flush();
            assertTrue(page.getErrorMessage(), page.isValid());
            UiTestSupport.screenshot(dialog.getShell(), "commitments-response-times");
            ok.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            UiTestSupport.waitUntil("the preferences to close once saved", 30_000,
                    () -> dialog.getShell() == null || dialog.getShell().isDisposed());
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }
        ResponsePolicies policies = store.call(s -> ResponsePolicies.load(s, java.time.ZoneId.of("UTC"),
                new ArrayList<>()));
        assertEquals("08:00", policies.policyFor("Jan Nowak").calendar().opens().toString());
        assertEquals(2, policies.policyFor("Jan Nowak").calendar().holidays().size());
    }

    @Test
    public void theCalendarExportWritesTheWholeFileOrNone() throws Exception {
        List<CommitmentSummary> open = store.call(s -> s.commitments().summaries(0, true));
        assertFalse(open.isEmpty());
        Path dir = Files.createTempDirectory("ics");
        Path target = dir.resolve("commitments.ics");
        assertEquals(open.size(), ExportCalendarHandler.write(open, target, "test.candor", CandorUi.clock().instant(),
                SubMonitor.convert(new NullProgressMonitor(), open.size())));
        String ics = Files.readString(target, StandardCharsets.UTF_8);
        assertEquals(open.size(), ics.split("BEGIN:VEVENT", -1).length - 1);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        Path other = dir.resolve("cancelled.ics");
        assertEquals(-1, ExportCalendarHandler.write(open, other, "test.candor", CandorUi.clock().instant(),
                SubMonitor.convert(cancelled, 1)));
        try (var files = Files.list(dir)) {
            assertEquals("a cancelled export leaves no file, not even a partial one", List.of(target),
                    files.toList());
        }
    }

    @Test
    public void renegotiatingProposesAWorkingDayNotAWeekend() throws Exception {
        // due on the coming Friday at 16:00: two calendar days later would be a Sunday
        java.time.ZoneId zone = CandorUi.clock().getZone();
        java.time.LocalDate today = java.time.LocalDate.ofInstant(CandorUi.clock().instant(), zone);
        java.time.LocalDate friday = today.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.FRIDAY));
        Instant due = friday.atTime(16, 0).atZone(zone).toInstant();
        Commitment c = promise("Renegotiated: send the signed contract", due);
        List<CommitmentSummary> one = store.call(s -> s.commitments().summaries(customer.id(), true)).stream()
                .filter(x -> x.id() == c.getId()).toList();
        StatusDialog dialog = new StatusDialog(window.getShell(), UiTestSupport.service(CommitmentService.class), one,
                CommitmentStatus.RENEGOTIATED);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            UiTestSupport.flush();
            java.util.Set<java.time.DayOfWeek> weekend = java.util.Set.of(java.time.DayOfWeek.SATURDAY,
                    java.time.DayOfWeek.SUNDAY);
            // the weekday proposal at once, the team's own when it is read: neither on a weekend
            String reading = dialog.getShell().getText(); // the job that reads the team's calendar has its name
            UiTestSupport.waitUntil("the team's calendar to be read", 10_000, () -> java.util.Arrays
                    .stream(Job.getJobManager().find(null)).noneMatch(j -> j.getName().equals(reading)));
            UiTestSupport.flush();
            Instant proposed = CommitmentsProbe.getNewDue(dialog);
            java.time.LocalDate day = java.time.LocalDate.ofInstant(proposed, zone);
            assertTrue("proposed " + proposed + ", after " + due, proposed.isAfter(due));
            assertFalse("proposed on a " + day.getDayOfWeek(), weekend.contains(day.getDayOfWeek()));
            assertTrue("within a week of the old due time: " + day, !day.isAfter(friday.plusDays(7)));
            UiTestSupport.screenshot(dialog.getShell(), "commitments-renegotiate");
        } finally {
            dialog.close();
        }
    }

    @Test
    public void manyCommitmentsChangeStatusTogetherOrNotAtAll() throws Exception {
        Instant due = CandorUi.clock().instant().plusSeconds(3 * 86_400);
        Commitment a = promise("Bulk one: send the price list", due);
        Commitment b = promise("Bulk two: confirm the meeting room", due);
        List<CommitmentSummary> both = store.call(s -> s.commitments().summaries(customer.id(), true)).stream()
                .filter(c -> c.id() == a.getId() || c.id() == b.getId()).toList();
        assertEquals(2, both.size());

        // someone else changes one of them meanwhile: the dialog refuses and changes neither
        Commitment changedElsewhere = store.call(s -> s.commitments().find(b.getId())).orElseThrow();
        changedElsewhere.setDescription("Bulk two: confirm the meeting room and the projector");
        store.call(s -> s.commitments().save(changedElsewhere));
        String[] refusal = { null };
        CommitmentService service = UiTestSupport.service(CommitmentService.class);
        StatusDialog stale = new StatusDialog(window.getShell(), service, both, CommitmentStatus.CANCELLED);
        stale.setBlockOnOpen(false);
        stale.open();
        CommitmentsProbe.getNote(stale).setText("The customer no longer needs it.");
        UiTestSupport.press(stale.getShell(), "Apply");
        UiTestSupport.waitUntil("the refusal", 30_000, () -> stale.getErrorMessage() != null);
        refusal[0] = stale.getErrorMessage();
        assertTrue(refusal[0], refusal[0] != null && refusal[0].contains("changed by someone else"));
        stale.close();
        assertEquals(CommitmentStatus.OPEN, store.call(s -> s.commitments().find(a.getId())).orElseThrow().getStatus());

        // with fresh versions both are cancelled, with the same reason in each history
        List<CommitmentSummary> fresh = store.call(s -> s.commitments().summaries(customer.id(), true)).stream()
                .filter(c -> c.id() == a.getId() || c.id() == b.getId()).toList();
        StatusDialog dialog = new StatusDialog(window.getShell(), service, fresh, CommitmentStatus.CANCELLED);
        dialog.setBlockOnOpen(false);
        dialog.open();
        CommitmentsProbe.getNote(dialog).setText("The customer no longer needs it.");
        UiTestSupport.screenshot(dialog.getShell(), "commitments-status-many");
        UiTestSupport.press(dialog.getShell(), "Apply");
        UiTestSupport.waitUntil("the dialog to close once both changed", 30_000,
                () -> dialog.getShell() == null || dialog.getShell().isDisposed());
        for (long id : new long[] { a.getId(), b.getId() }) {
            Commitment c = store.call(s -> s.commitments().find(id)).orElseThrow();
            assertEquals(CommitmentStatus.CANCELLED, c.getStatus());
            assertEquals("The customer no longer needs it.", c.getHistory().get(c.getHistory().size() - 1).getNote());
        }
    }
}
