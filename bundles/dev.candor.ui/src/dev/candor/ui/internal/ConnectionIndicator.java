package dev.candor.ui.internal;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
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

    private Composite holder;
    private Label icon;
    private Label text;

    @Override
    protected Control createControl(Composite parent) {
        // one width from the start, whatever it says: the status bar lays its controls out once
        holder = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(2, 0).spacing(4, 0).applyTo(holder);
        icon = new Label(holder, SWT.NONE);
        icon.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK));
        GridDataFactory.fillDefaults().align(SWT.CENTER, SWT.CENTER).applyTo(icon);
        text = new Label(holder, SWT.NONE);
        text.setText(Messages.Connection_Lost);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).grab(true, false)
                .hint(text.computeSize(SWT.DEFAULT, SWT.DEFAULT).x, SWT.DEFAULT).applyTo(text);
        show(false, ""); //$NON-NLS-1$
        IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
        if (broker != null) {
            EventHandler handler = event -> {
                boolean lost = DataTopics.CONNECTION_LOST.equals(event.getTopic());
                Object message = event.getProperty(DataTopics.MESSAGE);
                if (!holder.isDisposed()) {
                    holder.getDisplay().asyncExec(() -> show(lost, message == null ? "" : message.toString())); //$NON-NLS-1$
                }
            };
            broker.subscribe(DataTopics.CONNECTION_LOST, handler);
            broker.subscribe(DataTopics.CONNECTION_RESTORED, handler);
            holder.addDisposeListener(e -> broker.unsubscribe(handler));
        }
        return holder;
    }

    private void show(boolean lost, String message) {
        if (holder.isDisposed()) {
            return;
        }
        icon.setVisible(lost);
        text.setText(lost ? Messages.Connection_Lost : ""); //$NON-NLS-1$
        String tip = lost ? message + "\n\n" + Messages.Connection_LostTip : null; //$NON-NLS-1$
        holder.setToolTipText(tip);
        text.setToolTipText(tip);
        icon.setToolTipText(tip);
        holder.layout(true);
    }
}
