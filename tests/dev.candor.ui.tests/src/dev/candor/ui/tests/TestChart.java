package dev.candor.ui.tests;

import java.time.Instant;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import dev.candor.ethics.ui.DashboardChart;
import dev.candor.profiles.CustomerService;
import dev.candor.ui.Services;

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
    public Object read(Instant from) throws Exception {
        return Services.get(CustomerService.class).orElseThrow().count();
    }

    @Override
    public void show(Object data) {
        label.setText(PREFIX + data);
    }
}
