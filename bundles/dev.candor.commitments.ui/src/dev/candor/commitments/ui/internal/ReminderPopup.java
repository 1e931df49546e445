package dev.candor.commitments.ui.internal;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import dev.candor.store.CommitmentSummary;

/**
 * A small notification in the bottom-right corner of the window: which commitments are
 * overdue or due soon. It does not take the focus and closes by itself after a while.
 */
public final class ReminderPopup {

    private static final int SHOWN = 5;
    private static final int WIDTH = 520;
    private static final int CLOSE_AFTER_MILLIS = 20_000;
    static Shell current;

    private ReminderPopup() {
    }

    static void show(Display display, String title, List<CommitmentSummary> commitments, long now) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        if (window == null || window.getShell() == null) {
            return;
        }
        if (current != null && !current.isDisposed()) {
            current.dispose();
        }
        Shell parent = window.getShell();
        Shell popup = new Shell(parent, SWT.TOOL | SWT.ON_TOP | SWT.NO_FOCUS | SWT.BORDER);
        current = popup;
        GridLayoutFactory.swtDefaults().margins(10, 8).spacing(4, 4).numColumns(2).applyTo(popup);
        CLabel heading = new CLabel(popup, SWT.NONE);
        heading.setImage(Images.get(Images.OVERDUE));
        heading.setText(NLS.bind(title, commitments.size()));
        heading.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
        Button close = new Button(popup, SWT.PUSH | SWT.FLAT);
        close.setText("\u00d7"); //$NON-NLS-1$
        close.setToolTipText(Messages.Reminders_Close);
        close.addListener(SWT.Selection, e -> popup.dispose());
        Composite items = new Composite(popup, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(items);
        GridLayoutFactory.fillDefaults().spacing(2, 2).applyTo(items);
        for (CommitmentSummary c : commitments.subList(0, Math.min(SHOWN, commitments.size()))) {
            Label line = new Label(items, SWT.WRAP);
            GridDataFactory.fillDefaults().grab(true, false).hint(WIDTH - 24, SWT.DEFAULT).applyTo(line);
            String description = c.description().length() > 60 ? c.description().substring(0, 59) + "\u2026" //$NON-NLS-1$
                    : c.description();
            line.setText(NLS.bind(Messages.Reminders_Line, new Object[] { description, c.customerName(),
                    Texts.left(c, now) }));
            if (c.dueAt() < now) {
                line.setForeground(display.getSystemColor(SWT.COLOR_DARK_RED));
            }
        }
        if (commitments.size() > SHOWN) {
            new Label(items, SWT.NONE).setText(NLS.bind(Messages.Reminders_More, commitments.size() - SHOWN));
        }
        Link link = new Link(popup, SWT.NONE);
        link.setText("<a>" + Messages.Reminders_Show + "</a>"); //$NON-NLS-1$ //$NON-NLS-2$
        GridDataFactory.fillDefaults().span(2, 1).applyTo(link);
        IWorkbenchWindow owner = window;
        link.addListener(SWT.Selection, e -> {
            popup.dispose();
            showView(owner);
        });
        Point size = popup.computeSize(WIDTH, SWT.DEFAULT);
        Rectangle area = parent.getBounds();
        popup.setBounds(area.x + area.width - size.x - 16, area.y + area.height - size.y - 40, size.x, size.y);
        popup.setVisible(true);
        display.timerExec(CLOSE_AFTER_MILLIS, () -> {
            if (!popup.isDisposed() && !popup.getBounds().contains(display.getCursorLocation())) {
                popup.dispose();
            }
        });
    }

    static void showView(IWorkbenchWindow window) {
        IWorkbenchPage page = window.getActivePage();
        if (page == null) {
            return;
        }
        try {
            CommitmentsView view = (CommitmentsView) page.showView(CommitmentsView.ID);
            view.getScope().select(1); // overdue
            view.getScope().notifyListeners(SWT.Selection, null);
        } catch (PartInitException e) {
            org.eclipse.core.runtime.ILog.of(ReminderPopup.class).log(e.getStatus());
        }
    }
}
