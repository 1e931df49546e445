package dev.candor.ui.internal.customers;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;
import org.eclipse.swt.widgets.Text;

import dev.candor.store.CustomerSummary;

/**
 * What tests read and drive in the Customers view, from a fragment that only tests install:
 * Candor itself carries no test accessors.
 */
public final class CustomersProbe {

    private CustomersProbe() {
    }

    public static Text getFilterText(CustomersView view) {
        return view.filter;
    }

    public static NatTable getTable(CustomersView view) {
        return view.table;
    }

    /** The rows on display, in display order. */
    public static IRowDataProvider<CustomerSummary> getRows(CustomersView view) {
        return view.rows;
    }
}
