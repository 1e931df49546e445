package dev.candor.ethics.ui;

import java.util.Date;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import dev.candor.store.StoreException;
import dev.candor.store.StoreSession;

/**
 * A chart of the Quality Dashboard contributed by another bundle through the
 * {@code dev.candor.ethics.ui.charts} extension point. The dashboard gives it
 * a titled place below its own figures, reads its data in the dashboard's
 * job, and shows the result on the UI thread. A chart that throws is
 * replaced by a line saying so and reported in the Error Log; the dashboard
 * stays usable. One instance serves one dashboard view.
 *
 * @since 0.1
 */
public interface DashboardChart {

    /** Builds the chart's control in {@code parent} (an SWTChart {@code Chart}, a table, anything). */
    Control createControl(Composite parent);

    /**
     * Reads what the chart shows for the period starting at {@code from}, in
     * the dashboard's job (never on the UI thread).
     */
    Object read(StoreSession session, Date from) throws StoreException;

    /** Shows what {@link #read} returned, on the UI thread. */
    void show(Object data);

    /** Releases what the chart holds; the control is disposed by the dashboard. */
    default void dispose() {
    }
}
