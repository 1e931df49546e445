package dev.candor.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
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
import dev.candor.ui.internal.customers.CustomersView;
import dev.candor.ui.internal.editor.CustomerEditor;

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
        UiTestSupport.waitUntil("the demo data set to be seeded", 300_000,
                () -> Job.getJobManager().find(DemoSeedJob.FAMILY).length == 0);
        all = new ArrayList<>();
        UiTestSupport.store().call(s -> {
            s.customers().forEachSummary(all::add);
            return null;
        });
        assertEquals("the first start seeds the demo customers", DemoSeedJob.CUSTOMERS, all.size());
        UiTestSupport.waitUntil("the view to show every customer", 60_000,
                () -> view.getIndex() != null && view.getIndex().size() == all.size());
        view.getFilterText().setText("");
        UiTestSupport.flush();
    }

    private Table table() {
        return view.getViewer().getTable();
    }

    private long expectedMatches(String query) {
        String folded = SearchKeys.fold(query);
        return all.stream().filter(s -> s.searchKey().contains(folded)).count();
    }

    private void type(String text) {
        if (text.isEmpty()) { // clearing the field, as the cancel icon does
            view.getFilterText().setText("");
            UiTestSupport.flush();
            return;
        }
        // one keystroke at a time, as a person types
        StringBuilder typed = new StringBuilder();
        for (char c : text.toCharArray()) {
            typed.append(c);
            view.getFilterText().setText(typed.toString());
            UiTestSupport.flush();
        }
    }

    private List<String> visibleColumn(int column, int rows) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < Math.min(rows, table().getItemCount()); i++) {
            TableItem item = table().getItem(i); // materialises the virtual row
            values.add(item.getText(column));
        }
        return values;
    }

    @Test
    public void showsEveryCustomerSortedByName() throws Exception {
        assertEquals(all.size(), table().getItemCount());
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
            assertEquals(query, expected, table().getItemCount());
            for (String row : visibleColumn(0, 5)) {
                assertNotNull(row);
            }
        }
        type("Łódź");
        for (int i = 0; i < Math.min(10, table().getItemCount()); i++) {
            TableItem item = table().getItem(i);
            String shown = String.join(" ", item.getText(0), item.getText(1), item.getText(2), item.getText(4));
            assertTrue(shown, SearchKeys.fold(shown).contains("lodz"));
        }
        UiTestSupport.screenshot(view.getSite().getShell(), "customers-filtered");
    }

    @Test
    public void filterWithoutMatchesSaysSo() {
        type("zzzqqq-none");
        assertEquals(0, table().getItemCount());
        boolean said = false;
        for (var child : table().getParent().getChildren()) {
            if (child instanceof Label label && label.getText().contains("zzzqqq-none")) {
                said = true;
            }
        }
        assertTrue("the view tells that nothing matches", said);
        type("");
        assertEquals(all.size(), table().getItemCount());
    }

    @Test
    public void clickingAHeaderSortsThatColumnBothWays() {
        var cityColumn = table().getColumn(2);
        cityColumn.notifyListeners(SWT.Selection, new Event());
        UiTestSupport.flush();
        List<String> ascending = visibleColumn(2, 20);
        assertEquals(cityColumn, table().getSortColumn());
        assertEquals(SWT.UP, table().getSortDirection());
        cityColumn.notifyListeners(SWT.Selection, new Event());
        UiTestSupport.flush();
        List<String> descending = visibleColumn(2, 20);
        assertEquals(SWT.DOWN, table().getSortDirection());
        assertTrue(SearchKeys.fold(ascending.get(0)).compareTo(SearchKeys.fold(descending.get(0))) < 0);
        table().getColumn(0).notifyListeners(SWT.Selection, new Event());
        UiTestSupport.flush();
    }

    @Test
    public void openingACustomerShowsItsRecordInAnEditor() throws Exception {
        type("győr");
        assertTrue(table().getItemCount() > 0);
        String name = table().getItem(0).getText(0);
        table().setSelection(0);
        table().notifyListeners(SWT.Selection, new Event());
        table().notifyListeners(SWT.DefaultSelection, new Event()); // double click or Enter
        IWorkbenchPage page = view.getSite().getPage();
        UiTestSupport.waitUntil("the customer editor", 20_000, () -> page.getActiveEditor() instanceof CustomerEditor);
        CustomerEditor editor = (CustomerEditor) page.getActiveEditor();
        UiTestSupport.waitUntil("the customer to load", 20_000, () -> editor.getCustomer() != null);
        assertEquals(name, editor.getPartName());
        assertEquals(name, editor.getFormTitle());
        assertEquals("Győr", editor.getCustomer().getCity());
        UiTestSupport.screenshot(view.getSite().getShell(), "customer-editor");
        page.closeAllEditors(false);
        for (IEditorPart part : page.getEditors()) {
            throw new AssertionError("editor still open: " + part.getTitle());
        }
    }
}
