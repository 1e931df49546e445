package dev.candor.ui.tests;

import dev.candor.ui.internal.customers.CustomersProbe;
import dev.candor.profiles.ui.internal.ProfilesProbe;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.nebula.widgets.nattable.sort.command.SortColumnCommand;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.Before;
import org.junit.Test;

import dev.candor.app.internal.DemoSeedJob;
import dev.candor.store.CustomerSummary;
import dev.candor.store.SearchKeys;
import dev.candor.ui.CandorUi;
import dev.candor.ui.internal.customers.CustomerIndex;
import dev.candor.ui.internal.customers.CustomersView;
import dev.candor.profiles.ui.internal.ProfileEditor;

/**
 * Runs inside the product's application on the database it seeded with the
 * demo data set, and drives the Customers view's real widgets.
 */
public class CustomersViewTest {

    private CustomersView view;
    private List<CustomerSummary> all;

    @Before
    public void showView() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        window.getShell().setSize(1400, 900);
        assertEquals(CandorUi.PERSPECTIVE_ACCOUNT_MANAGER, page.getPerspective().getId());
        view = (CustomersView) page.showView(CandorUi.VIEW_CUSTOMERS);
        // every column in view: the tests read cells by their position on screen
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiTestSupport.seededStore();
        all = new ArrayList<>();
        UiTestSupport.store().call(s -> {
            s.customers().forEachSummary(all::add);
            return null;
        });
        assertEquals("the first start seeds the demo customers, a few of them twice",
                DemoSeedJob.CUSTOMERS + DemoSeedJob.CUSTOMERS / dev.candor.demo.DemoSeeder.DUPLICATE_EVERY, all.size());
        UiTestSupport.waitUntil("the view to show every customer", 60_000,
                () -> view.getIndex() != null && view.getIndex().size() == all.size());
        CustomersProbe.getFilterText(view).setText("");
        UiTestSupport.flush();
    }

    @org.junit.After
    public void restoreView() {
        IWorkbenchPage page = view.getSite().getPage();
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        UiTestSupport.flush();
    }

    private NatTable table() {
        return CustomersProbe.getTable(view);
    }

    private String cell(int column, int row) {
        return String.valueOf(table().getDataValueByPosition(column, row + 1));
    }

    private long expectedMatches(String query) {
        String folded = SearchKeys.fold(query);
        return all.stream().filter(s -> s.searchKey().contains(folded)).count();
    }

    private void type(String text) {
        if (text.isEmpty()) { // clearing the field, as the cancel icon does
            CustomersProbe.getFilterText(view).setText("");
            UiTestSupport.flush();
            return;
        }
        // one keystroke at a time, as a person types
        StringBuilder typed = new StringBuilder();
        for (char c : text.toCharArray()) {
            typed.append(c);
            CustomersProbe.getFilterText(view).setText(typed.toString());
            UiTestSupport.flush();
        }
    }

    /** The texts NatTable paints in a column, top rows of the viewport. */
    private List<String> visibleColumn(int column, int rows) {
        List<String> values = new ArrayList<>();
        int shown = table().getRowCount() - 1;
        for (int i = 0; i < Math.min(rows, shown); i++) {
            values.add(cell(column, i));
        }
        return values;
    }

    private void clickHeader(int column) {
        table().doCommand(new SortColumnCommand(table(), column, false));
        UiTestSupport.flush();
    }

    @Test
    public void showsEveryCustomerSortedByName() throws Exception {
        assertEquals(all.size(), CustomersProbe.getRows(view).getRowCount());
        List<String> names = visibleColumn(0, 30);
        for (int i = 1; i < names.size(); i++) {
            assertTrue(names.get(i - 1) + " before " + names.get(i),
                    SearchKeys.fold(names.get(i - 1)).compareTo(SearchKeys.fold(names.get(i))) <= 0);
        }
        UiTestSupport.screenshot(view.getSite().getShell(), "customers-view");
    }

    @Test
    public void filterIgnoresCaseAndDiacriticsInEveryLanguage() throws Exception {
        for (String query : new String[] { "lodz", "ŁÓDŹ", "győr", "GYOR", "київ", "санкт", "ёлка", "елка" }) {
            type(query);
            long expected = expectedMatches(query);
            assertTrue("the demo data has customers for " + query, expected > 0);
            assertEquals(query, expected, CustomersProbe.getRows(view).getRowCount());
            for (String row : visibleColumn(0, 5)) {
                assertNotNull(row);
            }
        }
        type("Łódź");
        for (int i = 0; i < Math.min(10, table().getRowCount() - 1); i++) {
            String shown = String.join(" ", cell(0, i), cell(1, i), cell(2, i), cell(4, i));
            assertTrue(shown, SearchKeys.fold(shown).contains("lodz"));
        }
        UiTestSupport.screenshot(view.getSite().getShell(), "customers-filtered");
    }

    @Test
    public void filterWithoutMatchesSaysSo() {
        type("zzzqqq-none");
        assertEquals(0, CustomersProbe.getRows(view).getRowCount());
        boolean said = false;
        for (var child : CustomersProbe.getFilterText(view).getParent().getChildren()) {
            if (child instanceof Label label && label.getText().contains("zzzqqq-none")) {
                said = true;
            }
        }
        assertTrue("the view tells that nothing matches", said);
        type("");
        assertEquals(all.size(), CustomersProbe.getRows(view).getRowCount());
    }

    @Test
    public void clickingAHeaderSortsThatColumnBothWays() {
        clickHeader(2); // City
        List<String> ascending = visibleColumn(2, 20);
        assertEquals(CustomerIndex.Column.CITY, view.getIndex().getSortColumn());
        assertTrue(view.getIndex().isAscending());
        clickHeader(2);
        List<String> descending = visibleColumn(2, 20);
        assertFalse(view.getIndex().isAscending());
        assertTrue(ascending + " / " + descending,
                SearchKeys.fold(ascending.get(0)).compareTo(SearchKeys.fold(descending.get(0))) < 0);
        for (int i = 1; i < descending.size(); i++) {
            assertTrue(SearchKeys.fold(descending.get(i - 1)).compareTo(SearchKeys.fold(descending.get(i))) >= 0);
        }
        clickHeader(2); // third click: back to names
        assertEquals(CustomerIndex.Column.NAME, view.getIndex().getSortColumn());
    }

    @Test
    public void openingACustomerShowsItsRecordInAnEditor() throws Exception {
        type("győr");
        assertTrue(CustomersProbe.getRows(view).getRowCount() > 0);
        String name = cell(0, 0);
        table().doCommand(new SelectRowsCommand(table(), 0, 1, false, false));
        UiTestSupport.flush();
        var selection = (org.eclipse.jface.viewers.IStructuredSelection) view.getSite().getSelectionProvider().getSelection();
        assertEquals("the clicked row is the selection", name, ((CustomerSummary) selection.getFirstElement()).name());
        Event enter = new Event();
        enter.character = SWT.CR;
        enter.keyCode = SWT.CR;
        table().notifyListeners(SWT.KeyDown, enter); // Enter opens, like a double click
        IWorkbenchPage page = view.getSite().getPage();
        UiTestSupport.waitUntil("the profile editor", 20_000, () -> page.getActiveEditor() instanceof ProfileEditor);
        ProfileEditor editor = (ProfileEditor) page.getActiveEditor();
        UiTestSupport.waitUntil("the customer to load", 20_000, () -> ProfilesProbe.getCustomer(editor) != null);
        assertEquals(name, editor.getPartName());
        assertEquals(name, ProfilesProbe.getForm(editor).getText());
        assertEquals("Győr", ProfilesProbe.getCustomer(editor).getCity());
        UiTestSupport.screenshot(view.getSite().getShell(), "customer-editor");
        page.closeAllEditors(false);
        for (IEditorPart part : page.getEditors()) {
            throw new AssertionError("editor still open: " + part.getTitle());
        }
    }
}
