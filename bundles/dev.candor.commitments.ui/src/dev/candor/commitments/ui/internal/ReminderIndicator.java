package dev.candor.commitments.ui.internal;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;

import dev.candor.ui.DataEvents;

/** The status-bar count of overdue and due-soon commitments; a click shows them. */
public final class ReminderIndicator extends WorkbenchWindowControlContribution {

    private CLabel label;

    @Override
    protected Control createControl(Composite parent) {
        label = new CLabel(parent, SWT.NONE);
        label.setText(Messages.Indicator_None);
        label.setImage(Images.get(Images.COMMITMENTS));
        label.setToolTipText(Messages.Indicator_Tip);
        label.addListener(SWT.MouseUp, e -> ReminderPopup.showView(getWorkbenchWindow()));
        Runnable unsubscribe = DataEvents.subscribeWorkbench(Reminders.TOPIC_COUNTS, label.getDisplay(), data -> {
            if (data instanceof int[] counts) {
                show(counts[0], counts[1]);
            }
        });
        label.addDisposeListener(e -> unsubscribe.run());
        return label;
    }

    private void show(int overdue, int soon) {
        if (label.isDisposed()) {
            return;
        }
        if (overdue == 0 && soon == 0) {
            label.setText(Messages.Indicator_None);
            label.setImage(Images.get(Images.COMMITMENTS));
        } else {
            label.setText(NLS.bind(Messages.Indicator_Counts, overdue, soon));
            label.setImage(Images.get(overdue > 0 ? Images.OVERDUE : Images.DUE_SOON));
        }
        // the status bar holds the label (wrapped in a composite) in a tool item as wide as its first
        // text: widen the item to the new one
        Control held = label;
        while (held.getParent() != null && !(held.getParent() instanceof org.eclipse.swt.widgets.ToolBar)) {
            held = held.getParent();
        }
        if (held.getParent() instanceof org.eclipse.swt.widgets.ToolBar bar) {
            for (org.eclipse.swt.widgets.ToolItem item : bar.getItems()) {
                if (item.getControl() == held) {
                    item.setWidth(held.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x);
                }
            }
            // the bar and its frame take their new size, the trim places them again
            bar.pack(true);
            bar.getParent().pack(true);
            if (bar.getParent().getParent() != null) {
                bar.getParent().getParent().layout(true, true);
            }
        }
        label.requestLayout();
    }
}
