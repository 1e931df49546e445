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
        label.getParent().layout(true, true);
    }
}
