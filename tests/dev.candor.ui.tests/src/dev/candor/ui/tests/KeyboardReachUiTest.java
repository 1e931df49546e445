package dev.candor.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.Before;
import org.junit.Test;

import dev.candor.ui.CandorUi;

/**
 * Every command Candor defines can be reached without a mouse (issue 20, item 9): it is in the
 * menu bar (opened with F10 or Alt and a letter), it has a key, or it is in the context menu of
 * a Candor view (Shift+F10 or the menu key where the view has the focus). Menu bar entries that
 * run Candor's commands have a mnemonic, and no two entries of one menu share one.
 */
public class KeyboardReachUiTest {

    /** Candor's views, each opened to read its context menu. */
    private static final List<String> VIEWS = List.of(CandorUi.VIEW_CUSTOMERS,
            "dev.candor.history.ui.views.history", "dev.candor.commitments.ui.views.commitments",
            "dev.candor.commitments.ui.views.myDay", "dev.candor.ethics.ui.views.checklist",
            "dev.candor.ethics.ui.views.dashboard");

    private IWorkbenchWindow window;
    private IWorkbenchPage page;

    @Before
    public void setUp() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        window.getShell().setSize(1400, 900);
        UiTestSupport.seededStore();
    }

    private static void contextMenus(Control control, String view, Map<String, String> reached) {
        Menu menu = control.getMenu();
        if (menu != null) {
            Menus.walk(menu, view + " (Shift+F10)", reached, new ArrayList<>(), false, new StringBuilder());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                contextMenus(child, view, reached);
            }
        }
    }

    @Test
    public void everyCandorCommandIsInAMenuOrHasAKey() throws Exception {
        page.resetPerspective();
        ICommandService commands = window.getService(ICommandService.class);
        Set<String> ours = new TreeSet<>();
        for (Object id : commands.getDefinedCommandIds()) {
            if (id.toString().startsWith("dev.candor.")) {
                ours.add(id.toString());
            }
        }
        assertTrue("Candor's commands are defined: " + ours, ours.size() >= 15);

        Map<String, String> reached = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        StringBuilder dump = new StringBuilder();
        Menus.walk(window.getShell().getMenuBar(), "", reached, problems, true, dump);

        IBindingService bindings = window.getService(IBindingService.class);
        for (String id : ours) {
            var keys = bindings.getActiveBindingsFor(id);
            if (keys.length > 0) {
                reached.putIfAbsent(id, "key " + keys[0].format());
            }
        }
        for (String id : VIEWS) {
            IViewPart view = page.showView(id);
            Control control = (Control) view.getSite().getService(org.eclipse.e4.ui.model.application.ui.basic.MPart.class)
                    .getWidget();
            contextMenus(control, view.getTitle(), reached);
        }

        Set<String> unreached = new TreeSet<>(ours);
        unreached.removeAll(reached.keySet());
        assertEquals("reached: " + reached, Set.of(), unreached);
        // F5 is also the platform's Refresh: without Candor's own key context the two bindings
        // conflicted and the key ran nothing
        var f5 = bindings.getPerfectMatch(org.eclipse.jface.bindings.keys.KeySequence.getInstance("F5"));
        assertEquals("F5 runs Candor's Refresh", "dev.candor.ui.commands.refresh",
                f5 == null ? null : f5.getParameterizedCommand().getId());
        assertEquals(dump.toString(), List.of(), problems);
    }
}
