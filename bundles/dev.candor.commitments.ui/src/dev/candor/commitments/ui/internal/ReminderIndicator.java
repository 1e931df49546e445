package dev.candor.commitments.ui.internal;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;
import org.osgi.service.event.EventHandler;

/** The status-bar count of overdue and due-soon commitments; a click shows them. */
public final class ReminderIndicator extends WorkbenchWindowControlContribution {

    private CLabel label;
    private EventHandler handler;

    @Override
    protected Control createControl(Composite parent) {
        label = new CLabel(parent, SWT.NONE);
        label.setText(Messages.Indicator_None);
        label.setImage(Images.get(Images.COMMITMENTS));
        label.setToolTipText(Messages.Indicator_Tip);
        label.addListener(SWT.MouseUp, e -> ReminderPopup.showView(getWorkbenchWindow()));
        IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
        handler = event -> {
            if (event.getProperty(IEventBroker.DATA) instanceof int[] counts) {
                label.getDisplay().asyncExec(() -> show(counts[0], counts[1]));
            }
        };
        if (broker != null) {
            broker.subscribe(Reminders.TOPIC_COUNTS, handler);
        }
        label.addDisposeListener(e -> {
            if (broker != null) {
                broker.unsubscribe(handler);
            }
        });
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

    /** The text shown; for tests. */
    public String getText() {
        return label.getText();
    }
}
