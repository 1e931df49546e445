package dev.candor.ui.internal;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;
import org.osgi.service.event.EventHandler;

import dev.candor.services.DataTopics;

/**
 * The status bar's word on the database connection: empty while all is well; when the server
 * cannot be reached (the services' change follower says so, {@link DataTopics#CONNECTION_LOST}),
 * a warning that Candor keeps trying and that nothing typed is lost; gone again when it is back.
 */
public final class ConnectionIndicator extends WorkbenchWindowControlContribution {

    private CLabel label;

    @Override
    protected Control createControl(Composite parent) {
        label = new CLabel(parent, SWT.NONE);
        IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
        if (broker != null) {
            EventHandler handler = event -> {
                boolean lost = DataTopics.CONNECTION_LOST.equals(event.getTopic());
                Object message = event.getProperty(DataTopics.MESSAGE);
                if (!label.isDisposed()) {
                    label.getDisplay().asyncExec(() -> show(lost, message == null ? "" : message.toString())); //$NON-NLS-1$
                }
            };
            broker.subscribe(DataTopics.CONNECTION_LOST, handler);
            broker.subscribe(DataTopics.CONNECTION_RESTORED, handler);
            label.addDisposeListener(e -> broker.unsubscribe(handler));
        }
        return label;
    }

    private void show(boolean lost, String message) {
        if (label.isDisposed()) {
            return;
        }
        label.setText(lost ? Messages.Connection_Lost : ""); //$NON-NLS-1$
        label.setImage(lost ? PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK)
                : null);
        label.setToolTipText(lost ? message + "\n\n" + Messages.Connection_LostTip : null); //$NON-NLS-1$
        label.getParent().layout(true, true);
        label.getShell().layout(true, true);
    }

    /** What the indicator says now (for tests). */
    public String getText() {
        return label == null || label.isDisposed() ? "" : label.getText(); //$NON-NLS-1$
    }
}
