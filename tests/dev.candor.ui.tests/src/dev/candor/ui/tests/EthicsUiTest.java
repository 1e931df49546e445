package dev.candor.ui.tests;

import dev.candor.ethics.ui.internal.EthicsProbe;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import dev.candor.ethics.ItemCodes;
import dev.candor.ethics.ui.internal.EthicsChecklistView;
import dev.candor.ethics.ui.internal.QualityDashboardView;
import dev.candor.ethics.ui.internal.ReviewAllHandler;
import dev.candor.history.ui.internal.InteractionHistoryView;
import dev.candor.model.Direction;
import dev.candor.model.Interaction;
import dev.candor.model.ItemVerdict;
import dev.candor.model.ReviewKind;
import dev.candor.model.Verdict;
import dev.candor.store.CandorStore;

/**
 * The ethics checklist, the batch review and the quality dashboard, driven
 * through their widgets in the product's workbench on the seeded demo data.
 */
public class EthicsUiTest {

    private IWorkbenchWindow window;
    private IWorkbenchPage page;
    private CandorStore store;

    @Before
    public void setUp() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        window.getShell().setSize(1500, 950);
        store = UiTestSupport.seededStore();
        // the reminder popup of the commitments would cover the views in the screenshots
        for (org.eclipse.swt.widgets.Shell shell : window.getShell().getDisplay().getShells()) {
            if (shell != window.getShell() && shell.isVisible()) {
                shell.close();
            }
        }
    }

    @After
    public void tearDown() {
        page.closeAllEditors(false);
        UiTestSupport.flush();
    }

    /** A new outbound e-mail, written by a colleague of the reviewer, to the first demo customer. */
    private Interaction newOutbound() throws Exception {
        long customer = store.call(s -> s.customers().firstSummariesByName(1)).get(0).id();
        Interaction i = dev.candor.model.CandorFactory.eINSTANCE.createInteraction();
        i.setCustomerId(customer);
        i.setChannel(dev.candor.model.Channel.EMAIL);
        i.setDirection(Direction.OUTBOUND);
        i.setSubject("Corrected invoice, reference " + Long.toString(System.nanoTime(), 36));
        i.setNotes("Dear Ms Kowalska,\nthe corrected invoice is attached; the total is now right.\nKind regards, Olga");
        i.setAccountManager("olga.sidorenko");
        i.setStartedAt(java.util.Date.from(dev.candor.ui.CandorUi.clock().instant()));
        return store.call(s -> s.interactions().save(i));
    }

    /**
     * The checklist opened twice at once (the command run twice in a row while the view follows
     * the history's selection: three loads in flight) shows the interaction once, with no error
     * in the view and none logged. Reads never write, so they cannot deadlock.
     */
    @Test
    public void theChecklistOpenedTwiceAtOnceShowsWithoutAnError() throws Exception {
        // a customer of its own: the other tests' history stays on the customers they expect
        long own = store.call(s -> s.customers().save(UiTestSupport.customer("Sokół Logistyka "
                + Long.toString(System.nanoTime(), 36), "biuro@sokol.example.pl", "olga.sidorenko"))).getId();
        Interaction target = newOutbound();
        target.setCustomerId(own);
        store.call(s -> s.interactions().save(target));
        List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        org.eclipse.core.runtime.ILogListener listener = (status, plugin) -> {
            if (status.getSeverity() == org.eclipse.core.runtime.IStatus.ERROR) {
                errors.add(status.getMessage());
            }
        };
        org.eclipse.core.runtime.Platform.addLogListener(listener);
        try {
            org.eclipse.ui.IViewPart open = page.findView(EthicsChecklistView.ID);
            if (open != null) {
                page.hideView(open);
            }
            InteractionHistoryView history = (InteractionHistoryView) page.showView("dev.candor.history.ui.views.history");
            history.showCustomer(target.getCustomerId(), "");
            page.activate(history);
            org.eclipse.swt.widgets.Table rows = historyTable(history);
            UiTestSupport.waitUntil("the new interaction in the history", 20_000,
                    () -> rowOf(rows, target.getSubject()) >= 0);
            rows.setSelection(rowOf(rows, target.getSubject()));
            rows.notifyListeners(SWT.Selection, new Event());
            UiTestSupport.execute(window, "dev.candor.ethics.ui.commands.showChecklist", java.util.Map.of());
            page.activate(history);
            UiTestSupport.execute(window, "dev.candor.ethics.ui.commands.showChecklist", java.util.Map.of());
            EthicsChecklistView view = (EthicsChecklistView) page.findView(EthicsChecklistView.ID);
            UiTestSupport.waitUntil("the checklist of the selected interaction", 60_000,
                    () -> EthicsProbe.getInteraction(view) != null
                            && EthicsProbe.getInteraction(view).getId() == target.getId()
                            && EthicsProbe.getViewer(view).getTable().getItemCount() == 15);
            UiTestSupport.flush();
            assertEquals("no error in the view", "", EthicsProbe.getMessage(view));
            assertEquals("no error logged", List.of(), errors);
        } finally {
            org.eclipse.core.runtime.Platform.removeLogListener(listener);
            UiTestSupport.removeCustomer(store, own);
        }
    }

    @Test
    public void reviewingAnInteractionUpdatesTheScoreAndTheHistoryShowsIt() throws Exception {
        Interaction target = newOutbound();
        InteractionHistoryView history = (InteractionHistoryView) page.showView("dev.candor.history.ui.views.history");
        history.showCustomer(target.getCustomerId(), "");
        EthicsChecklistView view = (EthicsChecklistView) page.showView(EthicsChecklistView.ID);
        // a click on the interaction's row in the history (once it is listed) shows its checklist
        page.activate(history);
        org.eclipse.swt.widgets.Table rows = historyTable(history);
        UiTestSupport.waitUntil("the new interaction in the history", 20_000, () -> rowOf(rows, target.getSubject()) >= 0);
        UiTestSupport.waitUntil("the checklist of the selected interaction", 60_000, () -> {
            if (EthicsProbe.getInteraction(view) != null && EthicsProbe.getInteraction(view).getId() == target.getId()) {
                return true;
            }
            // the click again when a refresh of the history (another test's change arriving) took the row away
            int row = rowOf(rows, target.getSubject());
            if (row >= 0 && rows.getSelectionIndex() != row) {
                page.activate(history);
                rows.setSelection(row);
                rows.notifyListeners(SWT.Selection, new Event());
            }
            return false;
        });
        assertTrue(EthicsProbe.isShowingDraft(view));
        assertEquals(15, EthicsProbe.getViewer(view).getTable().getItemCount());
        String before = EthicsProbe.getScoreText(view);
        UiTestSupport.screenshot(window.getShell(), "ethics-checklist");

        // mark "Respect and full attention" (critical) as failed in its verdict cell
        int respect = rowOf(view, ItemCodes.RESPECT);
        ItemVerdict verdict = (ItemVerdict) EthicsProbe.getViewer(view).getElementAt(respect);
        EthicsProbe.getViewer(view).editElement(verdict, 1);
        CCombo combo = UiTestSupport.find(EthicsProbe.getViewer(view).getTable(), CCombo.class, c -> true);
        combo.select(2); // Not reviewed, Pass, Fail, Not applicable
        combo.notifyListeners(SWT.DefaultSelection, new Event());
        UiTestSupport.flush();
        assertEquals(Verdict.FAIL, verdict.getVerdict());
        assertNotEquals(before, EthicsProbe.getScoreText(view));
        assertTrue(EthicsProbe.getScoreText(view), EthicsProbe.getScoreText(view).contains("fails: Respect and full attention"));
        assertTrue(EthicsProbe.getSaveButton(view).isEnabled());

        EthicsProbe.getSaveButton(view).notifyListeners(SWT.Selection, new Event());
        UiTestSupport.waitUntil("the review to be saved and shown", 20_000, () -> EthicsProbe.getSavedReviews(view).size() == 1);
        assertFalse("the saved review is shown read-only", EthicsProbe.isShowingDraft(view));
        var saved = store.call(s -> s.reviews().forInteraction(target.getId())).get(0);
        assertEquals(ReviewKind.PEER, saved.getKind());
        assertEquals(Verdict.FAIL, saved.getVerdicts().stream()
                .filter(v -> v.getItemCode().equals(ItemCodes.RESPECT)).findFirst().orElseThrow().getVerdict());

        page.activate(history);
        UiTestSupport.waitUntil("the history to show the failed review", 20_000, () -> {
            for (TableItem item : historyTable(history).getItems()) {
                if (item.getText(2).equals(target.getSubject()) && item.getText(5).startsWith("\u2717")) {
                    return true;
                }
            }
            return false;
        });
        UiTestSupport.screenshot(window.getShell(), "ethics-history-score");
    }

    private static long count(CandorStore store) {
        try {
            return store.call(s -> s.reviews().templates()).size();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static org.eclipse.swt.widgets.Table historyTable(InteractionHistoryView history) {
        return UiTestSupport.find((org.eclipse.swt.widgets.Composite) history.getSite().getShell(),
                org.eclipse.swt.widgets.Table.class, t -> t.getColumnCount() == 6);
    }

    private static int rowOf(org.eclipse.swt.widgets.Table table, String subject) {
        for (int i = 0; i < table.getItemCount(); i++) {
            if (subject.equals(table.getItem(i).getText(2))) {
                return i;
            }
        }
        return -1;
    }

    private static int rowOf(EthicsChecklistView view, String code) {
        for (int i = 0; i < EthicsProbe.getViewer(view).getTable().getItemCount(); i++) {
            if (((ItemVerdict) EthicsProbe.getViewer(view).getElementAt(i)).getItemCode().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no row " + code);
    }

    @Test
    public void theBatchReviewsEverythingAndTheDashboardChartsAndExportsIt() throws Exception {
        Job batch = ReviewAllHandler.schedule(UiTestSupport.service(dev.candor.ethics.ReviewService.class), null);
        batch.join();
        assertEquals(batch.getResult().getMessage(), org.eclipse.core.runtime.IStatus.INFO, batch.getResult().getSeverity());
        assertEquals(0L, (long) store.call(s -> s.reviews().countUnreviewed(null)));

        QualityDashboardView dashboard = (QualityDashboardView) page.showView(QualityDashboardView.ID);
        dashboard.load();
        UiTestSupport.waitUntil("the dashboard's figures", 30_000,
                () -> EthicsProbe.getShown(dashboard) != null && EthicsProbe.getShown(dashboard).reviews() > 0);
        assertFalse(EthicsProbe.getShown(dashboard).rows().isEmpty());
        assertFalse("failed items are counted", EthicsProbe.getShown(dashboard).failures().isEmpty());
        assertTrue(EthicsProbe.getTrendChart(dashboard).getSeriesSet().getSeries().length > 0);
        // item 6: the trend draws a point only where its group had reviews that month, at that month's score
        dev.candor.ethics.Dashboard shown = EthicsProbe.getShown(dashboard);
        for (org.eclipse.swtchart.ISeries<?> line : EthicsProbe.getTrendChart(dashboard).getSeriesSet().getSeries()) {
            java.util.Map<String, dev.candor.ethics.Dashboard.Row> rows = shown.rowsOf(line.getDescription());
            for (int k = 0; k < line.getXSeries().length; k++) {
                String month = shown.months().get((int) line.getXSeries()[k]);
                dev.candor.ethics.Dashboard.Row row = rows.get(month);
                assertTrue(line.getDescription() + " drawn in " + month + " without reviews", row != null && row.reviews() > 0);
                assertEquals(row.averageScore(), line.getYSeries()[k], 1e-9);
            }
        }
        String lastMonth = EthicsProbe.trendTick(dashboard, shown.months().size() - 1);
        assertTrue("a month reads as a month, not a date: " + lastMonth,
                lastMonth.matches(".*\\b" + java.time.YearMonth.now(dev.candor.ui.CandorUi.clock()).getYear()));
        assertEquals("", EthicsProbe.trendTick(dashboard, 0.5));
        // a change elsewhere may have it reading again ("Reading…") for a moment
        String expected = shown.withFailedItem() + " with a failed item, " + shown.criticalFailed() + " failed a critical item";
        UiTestSupport.waitUntil("the summary in the words of Review All", 10_000,
                () -> UiTestSupport.find(EthicsProbe.getTrendChart(dashboard).getParent().getParent(),
                        org.eclipse.swt.widgets.Label.class, l -> l.getText().contains(expected)) != null);
        // maximised, the failed items' titles are whole
        page.setPartState(page.getReference(dashboard), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        List<String> titles = shown.failures().keySet().stream().limit(8).toList();
        UiTestSupport.waitUntil("the failed items' whole titles", 10_000, () -> java.util.Arrays.equals(
                titles.toArray(), EthicsProbe.getFailuresChart(dashboard).getAxisSet().getXAxis(0).getCategorySeries()));
        UiTestSupport.screenshot(window.getShell(), "ethics-dashboard-maximised");
        page.setPartState(page.getReference(dashboard), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        long customers = store.call(s -> s.customers().count());
        UiTestSupport.waitUntil("the contributed chart to show its figure", 10_000, () -> UiTestSupport.find(
                (org.eclipse.swt.widgets.Composite) EthicsProbe.getTrendChart(dashboard).getParent().getParent(),
                org.eclipse.swt.widgets.Label.class, l -> l.getText().equals(TestChart.PREFIX + customers)) != null);
        UiTestSupport.screenshot(window.getShell(), "ethics-dashboard");

        Path csv = Files.createTempFile("candor-quality", ".csv");
        Job export = EthicsProbe.exportTo(dashboard, csv);
        export.join();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(EthicsProbe.getShown(dashboard).rows().size() + 1, lines.size());
        assertTrue(lines.get(0), lines.get(0).startsWith("\ufeffWho,Month,Reviews,Average score"));
        Files.deleteIfExists(csv);
        page.hideView(dashboard);
    }

    /**
     * A commitment's status changed elsewhere (the commitments view calls the same service) moves
     * the kept-on-time rate on an open dashboard within a second, with no F5.
     */
    @Test
    public void aStatusChangeElsewhereMovesTheDashboardWithinASecond() throws Exception {
        ReviewAllHandler.schedule(UiTestSupport.service(dev.candor.ethics.ReviewService.class), null).join();
        dev.candor.commitments.CommitmentService commitments = UiTestSupport
                .service(dev.candor.commitments.CommitmentService.class);
        QualityDashboardView dashboard = (QualityDashboardView) page.showView(QualityDashboardView.ID);
        UiTestSupport.waitUntil("the dashboard's figures", 30_000,
                () -> EthicsProbe.getShown(dashboard) != null && !EthicsProbe.getShown(dashboard).rows().isEmpty());
        // a new promise of an account manager the dashboard lists, due next week: open, so not yet counted
        String owner = EthicsProbe.getShown(dashboard).rows().get(0).group();
        long customer = store.call(s -> s.customers().firstSummariesByName(1)).get(0).id();
        dev.candor.model.Commitment promise = dev.candor.model.CandorFactory.eINSTANCE.createCommitment();
        promise.setCustomerId(customer);
        promise.setDescription("Send the revised delivery schedule");
        promise.setOwner(owner);
        promise.setDueAt(java.util.Date.from(dev.candor.ui.CandorUi.clock().instant().plus(java.time.Duration.ofDays(7))));
        promise.setPriority(dev.candor.model.Priority.MEDIUM);
        promise.setStatus(dev.candor.model.CommitmentStatus.OPEN);
        int first = EthicsProbe.getLoads(dashboard);
        long id = commitments.promise(List.of(promise)).get(0).getId();
        UiTestSupport.waitUntil("the dashboard to read the new promise", 10_000, () -> EthicsProbe.getLoads(dashboard) > first);
        UiTestSupport.flush();
        double before = keptRate(dashboard, owner);
        // kept on time raises the rate unless it is already 100 %; broken lowers it (or makes it 0 %)
        dev.candor.model.CommitmentStatus status = before < 1.0 ? dev.candor.model.CommitmentStatus.KEPT
                : dev.candor.model.CommitmentStatus.BROKEN;
        dev.candor.store.CommitmentSummary summary = commitments.summaries(customer, true).stream()
                .filter(c -> c.id() == id).findFirst().orElseThrow();
        int loads = EthicsProbe.getLoads(dashboard);
        long started = System.nanoTime();
        commitments.changeStatus(List.of(summary), status, "Sent on Tuesday", null);
        UiTestSupport.waitUntil("the dashboard to follow the status change", 1_000,
                () -> EthicsProbe.getLoads(dashboard) > loads && Double.compare(keptRate(dashboard, owner), before) != 0);
        System.out.printf("dashboard followed a status change in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        double after = keptRate(dashboard, owner);
        assertTrue(before + " -> " + after, status == dev.candor.model.CommitmentStatus.KEPT ? after > before
                : after < before || Double.isNaN(before));
        page.hideView(dashboard);
    }

    /** The owner's kept-on-time rate this month, where a promise kept now counts; NaN when none is settled. */
    private static double keptRate(QualityDashboardView dashboard, String owner) {
        String month = java.time.YearMonth.now(dev.candor.ui.CandorUi.clock()).toString();
        dev.candor.ethics.Dashboard.Row row = EthicsProbe.getShown(dashboard).rowsOf(owner).get(month);
        return row == null ? Double.NaN : row.keptRate();
    }

    @Test
    public void anAdministratorPublishesANewTemplateVersionAndOldOnesStay() throws Exception {
        org.eclipse.jface.preference.PreferenceDialog dialog = UiTestSupport.preferences(window, "dev.candor.ethics.ui.preferences.templates");
        try {
            dev.candor.ethics.ui.internal.TemplatesPage templates = (dev.candor.ethics.ui.internal.TemplatesPage) dialog
                    .getSelectedPage();
            UiTestSupport.waitUntil("the templates and the permission to be read", 30_000, () -> EthicsProbe.isSettled(templates));
            int before = EthicsProbe.getEditing(templates).getItems().size();
            long versionsBefore = store.call(s -> s.reviews().templates()).size();
            // add an item and give it a title in its cell, as an administrator would
            UiTestSupport.press(dialog.getShell(), "Add Item");
            org.eclipse.swt.widgets.Text cell = UiTestSupport.find(EthicsProbe.getItems(templates).getTable(),
                    org.eclipse.swt.widgets.Text.class, t -> true);
            cell.setText("Thanks the customer for their time");
            cell.notifyListeners(SWT.DefaultSelection, new Event());
            UiTestSupport.flush();
            assertEquals(before + 1, EthicsProbe.getEditing(templates).getItems().size());
            assertEquals("Thanks the customer for their time",
                    EthicsProbe.getEditing(templates).getItems().get(before).getTitle());
            UiTestSupport.screenshot(dialog.getShell(), "ethics-templates");
            UiTestSupport.press(dialog.getShell(), "Publish as New Version");
            UiTestSupport.waitUntil("the new version to be published", 30_000,
                    () -> templates.getMessage() != null && templates.getMessage().startsWith("Published"));
            List<dev.candor.model.ChecklistTemplate> all = store.call(s -> s.reviews().templates());
            assertEquals(versionsBefore + 1, all.size());
            dev.candor.model.ChecklistTemplate newest = all.get(all.size() - 1);
            assertTrue(newest.isActive());
            assertEquals(before + 1, newest.getItems().size());
            assertTrue("the earlier versions are kept, no longer in use",
                    all.subList(0, all.size() - 1).stream().noneMatch(dev.candor.model.ChecklistTemplate::isActive));

            // a template of its own for phone calls, copied from the one shown
            EthicsProbe.createCopy(templates, "Phone calls");
            EthicsProbe.setChannels(templates, java.util.Set.of(dev.candor.model.Channel.PHONE));
            long published = store.call(s -> s.reviews().templates()).size();
            UiTestSupport.press(dialog.getShell(), "Publish as New Version");
            UiTestSupport.waitUntil("the phone template to be published", 30_000,
                    () -> count(store) > published);
            List<dev.candor.model.ChecklistTemplate> withPhone = store.call(s -> s.reviews().templates());
            dev.candor.model.ChecklistTemplate phone = dev.candor.ethics.ChecklistTemplates.forChannel(withPhone,
                    dev.candor.model.Channel.PHONE);
            assertEquals("Phone calls", phone.getName());
            assertEquals(1, phone.getTemplateVersion());
            assertEquals("e-mails keep the general template", newest.getId(), dev.candor.ethics.ChecklistTemplates
                    .forChannel(withPhone, dev.candor.model.Channel.EMAIL).getId());
        } finally {
            dialog.close();
        }
    }

    @Test
    public void wrongEthicsSettingsAreRefusedWithTheLineNamedAndGoodOnesAreShared() throws Exception {
        org.eclipse.jface.preference.PreferenceDialog dialog = UiTestSupport.preferences(window, "dev.candor.ethics.ui.preferences.settings");
        try {
            dev.candor.ethics.ui.internal.EthicsSettingsPage settings = (dev.candor.ethics.ui.internal.EthicsSettingsPage) dialog
                    .getSelectedPage();
            UiTestSupport.waitUntil("the settings to be read", 30_000, () -> EthicsProbe.isSettled(settings));
            EthicsProbe.getText(settings).setText("competitors = Nordline, Baltex\nown = 12\n");
            UiTestSupport.flush();
            assertTrue(settings.getErrorMessage(), settings.getErrorMessage().startsWith("Line 2: “12”"));
            assertFalse(settings.isValid());
            EthicsProbe.getText(settings).setText("competitors = Nordline, Baltex\nown = @candor-demo.com\n");
            UiTestSupport.flush();
            assertEquals(null, settings.getErrorMessage());
            UiTestSupport.screenshot(dialog.getShell(), "ethics-settings");
            assertTrue(settings.performOk());
            dev.candor.ethics.EthicsSettings stored = store.call(s -> dev.candor.ethics.EthicsSettings.load(s,
                    new java.util.ArrayList<>()));
            assertEquals(List.of("Nordline", "Baltex"), stored.competitors());
        } finally {
            dialog.close();
        }
    }

    @Test
    public void onlyTheTeamsAdministratorsChangeTemplatesAndSettings() throws Exception {
        CandorStore store = UiTestSupport.seededStore();
        dev.candor.layouts.TeamPolicy before = store.call(dev.candor.layouts.TeamLayouts::policy);
        store.call(s -> dev.candor.layouts.TeamLayouts.savePolicy(s, before.withRoles(
                java.util.Map.of("chief.admin", dev.candor.layouts.Role.ADMINISTRATOR)), "chief.admin"));
        try {
            org.eclipse.jface.preference.PreferenceDialog dialog = UiTestSupport.preferences(window, "dev.candor.ethics.ui.preferences.templates");
            try {
                dev.candor.ethics.ui.internal.TemplatesPage templates = (dev.candor.ethics.ui.internal.TemplatesPage) dialog
                        .getSelectedPage();
                UiTestSupport.waitUntil("the permission to be read", 30_000, () -> EthicsProbe.isSettled(templates));
                assertTrue(EthicsProbe.isReadOnly(templates));
                assertTrue(templates.getMessage(), templates.getMessage().startsWith("Only the team's administrators change checklist templates"));
                org.eclipse.swt.widgets.Button publish = UiTestSupport.find(dialog.getShell(), org.eclipse.swt.widgets.Button.class,
                        b -> b.getText().replace("&", "").equals("Publish as New Version"));
                assertFalse("no publishing", publish.isEnabled());
                long versions = store.call(s -> s.reviews().templates()).size();
                templates.publish();
                UiTestSupport.flush();
                assertEquals(versions, (long) store.call(s -> s.reviews().templates()).size());
                UiTestSupport.screenshot(dialog.getShell(), "templates-read-only");
            } finally {
                dialog.close();
            }
            dialog = UiTestSupport.preferences(window, "dev.candor.ethics.ui.preferences.settings");
            try {
                dev.candor.ethics.ui.internal.EthicsSettingsPage settings = (dev.candor.ethics.ui.internal.EthicsSettingsPage) dialog
                        .getSelectedPage();
                UiTestSupport.waitUntil("the permission to be read", 30_000, () -> EthicsProbe.isSettled(settings));
                assertTrue(EthicsProbe.isReadOnly(settings));
                assertFalse(EthicsProbe.getText(settings).getEditable());
            } finally {
                dialog.close();
            }
        } finally {
            dev.candor.layouts.TeamPolicy now = store.call(dev.candor.layouts.TeamLayouts::policy);
            store.call(s -> dev.candor.layouts.TeamLayouts.savePolicy(s, now.withRoles(java.util.Map.of()), "chief.admin"));
        }
        assertTrue("no administrator named: everyone may again",
                store.call(dev.candor.layouts.TeamLayouts::policy).mayAdminister(dev.candor.ui.CandorUi.currentUser()));
    }
}
