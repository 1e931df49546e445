package dev.candor.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.keys.IBindingService;

/**
 * While no customer is open, the editor area says what to do next: open one from the
 * Customers view, or the keys of the commands that start the day's work (as the workbench has
 * them bound, so a changed key shows as changed). Painted on the area's empty folders; an
 * editor covers it.
 */
public final class EmptyEditorAreaHint {

    /** Commands named in the hint, with what they do; a command without a key is left out. */
    private static final String[][] COMMANDS = {
            { "dev.candor.profiles.ui.commands.newCustomer", Messages.Hint_NewCustomer }, //$NON-NLS-1$
            { "dev.candor.history.ui.commands.logInteraction", Messages.Hint_LogInteraction }, //$NON-NLS-1$
            { "dev.candor.history.ui.commands.search", Messages.Hint_Search } }; //$NON-NLS-1$

    private static final int LINE_GAP = 6;
    private static final String COVER = "dev.candor.ui.emptyEditorAreaHint"; //$NON-NLS-1$

    private final IWorkbenchWindow window;
    private final List<CTabFolder> folders = new ArrayList<>();
    private final Listener paint = this::paint;

    private EmptyEditorAreaHint(IWorkbenchWindow window) {
        this.window = window;
    }

    /** Shows the hint in {@code window}'s editor area from now on. */
    public static void install(IWorkbenchWindow window) {
        EmptyEditorAreaHint hint = new EmptyEditorAreaHint(window);
        hint.attach();
        window.getPartService().addPartListener(new IPartListener2() {
            @Override
            public void partOpened(IWorkbenchPartReference part) {
                hint.attach(); // an editor split off may have made a new folder
            }

            @Override
            public void partClosed(IWorkbenchPartReference part) {
                hint.attach();
            }
        });
    }

    /** The lines of the hint, as painted. */
    public static List<String> lines(IWorkbenchWindow window) {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.Hint_Title);
        lines.add(Messages.Hint_Open);
        IBindingService bindings = window.getService(IBindingService.class);
        for (String[] command : COMMANDS) {
            String key = bindings == null ? null : bindings.getBestActiveBindingFormattedFor(command[0]);
            if (key != null) {
                lines.add(NLS.bind(Messages.Hint_Key, key, command[1]));
            }
        }
        return lines;
    }

    /** The folders of the editor area, each with the painter once. */
    private void attach() {
        MWindow model = window.getService(MWindow.class);
        EModelService models = window.getService(EModelService.class);
        if (model == null || models == null) {
            return;
        }
        MUIElement area = models.find(IPageLayout.ID_EDITOR_AREA, model);
        if (area == null || !(area.getWidget() instanceof Composite composite) || composite.isDisposed()) {
            return;
        }
        List<CTabFolder> found = new ArrayList<>();
        collect(composite, found);
        for (CTabFolder folder : found) {
            if (!folders.contains(folder)) {
                folders.add(folder);
                folder.addListener(SWT.Paint, paint);
                folder.addListener(SWT.Dispose, event -> folders.remove(folder));
            }
            coverings(folder);
            folder.redraw();
        }
    }

    /**
     * The platform lays a composite of its own over an empty folder (for hints of its own, empty
     * in an application without them): the hint is painted on that one too.
     */
    private void coverings(CTabFolder folder) {
        Rectangle client = folder.getClientArea();
        for (Control child : folder.getChildren()) {
            Rectangle bounds = child.getBounds();
            if (child instanceof Composite cover && bounds.width * 10 >= client.width * 8
                    && bounds.height * 10 >= client.height * 8 && cover.getData(COVER) == null) {
                cover.setData(COVER, Boolean.TRUE);
                cover.addListener(SWT.Paint, paint);
                cover.redraw();
            }
        }
    }

    private static void collect(Composite parent, List<CTabFolder> found) {
        for (Control child : parent.getChildren()) {
            if (child instanceof CTabFolder folder) {
                found.add(folder);
            }
            if (child instanceof Composite composite) {
                // the area itself is a folder (of one hidden tab) around the editors' folders
                collect(composite, found);
            }
        }
    }

    /** {@code text} in lines no wider than {@code width}, broken at spaces (a word wider than that stays whole). */
    static List<String> wrap(GC gc, String text, int width) {
        List<String> result = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) { //$NON-NLS-1$
            String candidate = line.length() == 0 ? word : line + " " + word; //$NON-NLS-1$
            if (line.length() > 0 && gc.textExtent(candidate).x > width) {
                result.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        result.add(line.toString());
        return result;
    }

    private void paint(Event event) {
        Composite painted = (Composite) event.widget;
        CTabFolder folder = painted instanceof CTabFolder f ? f : (CTabFolder) painted.getParent();
        if (folder.getItemCount() > 0) {
            return;
        }
        if (painted == folder) {
            coverings(folder); // a covering made since: it is the one seen
        }
        GC gc = event.gc;
        Rectangle area = painted.getClientArea();
        // a line wider than the area (Hungarian runs long) goes on over several, cut between words
        List<String> lines = new ArrayList<>();
        List<Boolean> titles = new ArrayList<>();
        List<String> given = lines(window);
        for (int i = 0; i < given.size(); i++) {
            for (String part : wrap(gc, given.get(i), Math.max(40, area.width - 16))) {
                lines.add(part);
                titles.add(i == 0);
            }
        }
        int height = 0;
        int[] heights = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            heights[i] = gc.textExtent(lines.get(i)).y;
            height += heights[i] + LINE_GAP;
        }
        // above the middle, where the platform keeps a small composite for hints of its own
        int y = area.y + Math.max(8, area.height / 2 - 24 - height);
        for (int i = 0; i < lines.size(); i++) {
            gc.setForeground(folder.getDisplay().getSystemColor(titles.get(i) ? SWT.COLOR_WIDGET_FOREGROUND
                    : SWT.COLOR_DARK_GRAY));
            Point extent = gc.textExtent(lines.get(i));
            gc.drawText(lines.get(i), area.x + Math.max(8, (area.width - extent.x) / 2), y, true);
            y += heights[i] + LINE_GAP;
        }
    }
}
