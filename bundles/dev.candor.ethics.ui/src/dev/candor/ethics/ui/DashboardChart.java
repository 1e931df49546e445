package dev.candor.ethics.ui;

import java.time.Instant;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * A chart of the Quality Dashboard contributed by another bundle through the
 * {@code dev.candor.ethics.ui.charts} extension point. The dashboard gives it
 * a titled place below its own figures, reads its data in the dashboard's
 * job, and shows the result on the UI thread. The chart reads through its own
 * bundle's application service (never the store), and the dashboard reads it
 * again whenever data changes. A chart that throws is
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
     * the dashboard's job (never on the UI thread), through the application
     * services.
     *
     * @throws Exception shown in the chart's place instead of the chart
     */
    Object read(Instant from) throws Exception;

    /** Shows what {@link #read} returned, on the UI thread. */
    void show(Object data);

    /** Releases what the chart holds; the control is disposed by the dashboard. */
    default void dispose() {
    }
}
