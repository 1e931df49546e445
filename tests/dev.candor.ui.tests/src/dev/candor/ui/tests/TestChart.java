package dev.candor.ui.tests;

import java.util.Date;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import dev.candor.ethics.ui.DashboardChart;
import dev.candor.store.StoreException;
import dev.candor.store.StoreSession;

/** A dashboard chart contributed by this test bundle: how many customers there are. */
public final class TestChart implements DashboardChart {

    static final String PREFIX = "Customers in the database: ";
    private Label label;

    @Override
    public Control createControl(Composite parent) {
        label = new Label(parent, SWT.NONE);
        return label;
    }

    @Override
    public Object read(StoreSession session, Date from) throws StoreException {
        return session.customers().count();
    }

    @Override
    public void show(Object data) {
        label.setText(PREFIX + data);
    }
}
