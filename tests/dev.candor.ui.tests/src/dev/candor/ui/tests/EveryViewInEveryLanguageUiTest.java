package dev.candor.ui.tests;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import dev.candor.ui.CandorUi;
import dev.candor.ui.internal.customers.CustomersProbe;
import dev.candor.ui.internal.customers.CustomersView;

/**
 * Issue 20, item 13 and its "must show": a screenshot of each of Candor's main views and dialogs,
 * and of its preference pages, in each of the five languages (the English run and the four runs
 * with {@code -nl xx} each run this class), with two checks on each: no one-line label, button,
 * group, section or column title is narrower than its text, and no text of Candor's own is left
 * in English where the language has a translation of it.
 */
public class EveryViewInEveryLanguageUiTest {

    /** Views of the Account Manager's and the Quality Lead's layouts, by the name the screenshot gets. */
    private static final Map<String, String> VIEWS = new LinkedHashMap<>();
    static {
        VIEWS.put("customers", CandorUi.VIEW_CUSTOMERS);
        VIEWS.put("my-day", "dev.candor.commitments.ui.views.myDay");
        VIEWS.put("history", dev.candor.history.ui.HistoryUi.VIEW_HISTORY);
        VIEWS.put("commitments", "dev.candor.commitments.ui.views.commitments");
        VIEWS.put("checklist", "dev.candor.ethics.ui.views.checklist");
        VIEWS.put("dashboard", "dev.candor.ethics.ui.views.dashboard");
    }

    /** Candor's preference pages. */
    private static final List<String> PAGES = List.of("dev.candor.app.preferences.database",
            "dev.candor.commitments.ui.preferences.responseTimes", "dev.candor.ethics.ui.preferences.settings",
            "dev.candor.ethics.ui.preferences.templates", "dev.candor.layouts.ui.preferences.team");

    private IWorkbenchWindow window;
    private IWorkbenchPage page;
    private String language;
    private static Set<String> untranslated;

    @Before
    public void setUp() throws Exception {
        language = System.getProperty("candor.test.language", "en");
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        window.getShell().setSize(1400, 900);
        UiTestSupport.seededStore();
        if (untranslated == null) {
            untranslated = englishOnly(language);
            // the check has something to look for: Candor's texts translated into this language
            assertTrue(language + ": " + untranslated.size() + " texts", "en".equals(language) || untranslated.size() > 500);
            assertTrue("en".equals(language) || untranslated.contains("Customers"));
        }
    }

    @After
    public void tearDown() {
        page.closeAllEditors(false);
    }

    @Test
    public void theMainViewsFitAndSpeakTheUsersLanguage() throws Exception {
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(CandorUi.PERSPECTIVE_ACCOUNT_MANAGER));
        CustomersView customers = (CustomersView) page.showView(CandorUi.VIEW_CUSTOMERS);
        UiTestSupport.waitUntil("the customers", 30_000, () -> CustomersProbe.getRows(customers) != null
                && CustomersProbe.getRows(customers).getRowCount() > 0);
        // a customer chosen: the history, the profile and the checklist have something to show
        long id = CustomersProbe.getRows(customers).getRowObject(0).id();
        CustomersProbe.getTable(customers).doCommand(
                new SelectRowsCommand(CustomersProbe.getTable(customers), 0, 1, false, false));
        UiTestSupport.execute(window, CandorUi.COMMAND_OPEN_CUSTOMER,
                Map.of(CandorUi.PARAMETER_CUSTOMER_ID, Long.toString(id)));
        UiTestSupport.waitUntil("the profile editor", 20_000, () -> page.getActiveEditor() != null);
        UiTestSupport.waitUntil("the profile to be read", 20_000, EveryViewInEveryLanguageUiTest::allIdle);
        List<String> problems = new ArrayList<>();
        // each part maximised, as a user does to read it all: a part squeezed by its neighbours cuts
        // what it must, and the check is whether the texts fit where there is room
        maximised(page.getReference(page.getActiveEditor()), "profile", problems);
        try {
            for (Map.Entry<String, String> view : VIEWS.entrySet()) {
                IViewPart part = page.showView(view.getValue());
                page.activate(part);
                maximised(page.getReference(part), view.getKey(), problems);
            }
        } finally {
            // the layout as the other tests expect it: maximising and restoring moves stacks about
            page.resetPerspective();
        }
        assertTrue(language + ": " + problems, problems.isEmpty());
    }

    private void maximised(org.eclipse.ui.IWorkbenchPartReference part, String name, List<String> problems)
            throws Exception {
        page.setPartState(part, IWorkbenchPage.STATE_MAXIMIZED);
        try {
            UiTestSupport.flush();
            // the views fill in the background: wait until none of Candor's jobs is running
            UiTestSupport.waitUntil(name + " to fill", 30_000, EveryViewInEveryLanguageUiTest::allIdle);
            UiTestSupport.flush();
            check(name, partControl(part.getPart(false)), problems);
            if (part.getPart(false) instanceof dev.candor.history.ui.internal.InteractionHistoryView history) {
                headingsFit(history, problems);
            }
            UiTestSupport.screenshot(window.getShell(), "view-" + name + "-" + language);
        } finally {
            page.setPartState(part, IWorkbenchPage.STATE_RESTORED);
        }
    }

    /** The history's day headings ("Wed, Jan 28, 2026") fit the first column they are written in. */
    private static void headingsFit(dev.candor.history.ui.internal.InteractionHistoryView history, List<String> problems) {
        Table table = dev.candor.history.ui.internal.HistoryProbe.getTable(history);
        var rows = dev.candor.history.ui.internal.HistoryProbe.getRows(history);
        GC gc = new GC(table);
        try {
            for (int i = 0; i < Math.min(rows.size(), table.getItemCount()); i++) {
                if (rows.get(i).interaction() == null) {
                    org.eclipse.swt.widgets.TableItem item = table.getItem(i);
                    // from where the text starts (after any image) to the column's right edge
                    int room = item.getBounds(0).x + item.getBounds(0).width - item.getTextBounds(0).x;
                    gc.setFont(item.getFont());
                    int wanted = gc.textExtent(item.getText(0)).x;
                    if (wanted > room) {
                        problems.add("history heading cut: " + item.getText(0) + " (" + room + " of " + wanted + " px)");
                    }
                }
            }
        } finally {
            gc.dispose();
        }
    }

    /** No job running or waiting: what the views read in the background has been shown. */
    private static boolean allIdle() {
        return org.eclipse.core.runtime.jobs.Job.getJobManager().isIdle();
    }

    /** The composite a view was made in: the nearest one holding its controls. */
    private static Composite partControl(org.eclipse.ui.IWorkbenchPart part) {
        Object control = ((org.eclipse.ui.internal.PartSite) part.getSite()).getModel().getWidget();
        assertTrue(part.getTitle() + " has a control", control instanceof Composite);
        return (Composite) control;
    }

    @Test
    public void theDialogsFitAndSpeakTheUsersLanguage() throws Exception {
        CustomersView customers = (CustomersView) page.showView(CandorUi.VIEW_CUSTOMERS);
        UiTestSupport.waitUntil("the customers", 30_000, () -> CustomersProbe.getRows(customers) != null
                && CustomersProbe.getRows(customers).getRowCount() > 0);
        CustomersProbe.getTable(customers).doCommand(
                new SelectRowsCommand(CustomersProbe.getTable(customers), 0, 1, false, false));
        Map<String, String> dialogs = new LinkedHashMap<>();
        dialogs.put("new-customer", dev.candor.profiles.ui.ProfilesUi.COMMAND_NEW_CUSTOMER);
        dialogs.put("log-interaction", dev.candor.history.ui.HistoryUi.COMMAND_LOG_INTERACTION);
        dialogs.put("new-commitment", "dev.candor.commitments.ui.commands.new");
        dialogs.put("import", "dev.candor.exchange.ui.commands.import");
        dialogs.put("export", "dev.candor.exchange.ui.commands.export");
        dialogs.put("search", dev.candor.history.ui.HistoryUi.COMMAND_SEARCH);
        dialogs.put("duplicates", dev.candor.profiles.ui.ProfilesUi.COMMAND_FIND_DUPLICATES);
        dialogs.put("rates", "dev.candor.commitments.ui.commands.rates");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> dialog : dialogs.entrySet()) {
            boolean[] done = new boolean[1];
            whenDialogOpens(shell -> {
                try {
                    UiTestSupport.flush();
                    check(dialog.getKey(), shell, problems);
                    UiTestSupport.screenshot(shell, "dialog-" + dialog.getKey() + "-" + language);
                } catch (Exception e) {
                    problems.add(dialog.getKey() + ": " + e);
                } finally {
                    done[0] = true;
                    shell.close();
                }
            });
            UiTestSupport.execute(window, dialog.getValue(), Map.of());
            UiTestSupport.waitUntil(dialog.getKey() + " to open", 30_000, () -> done[0]);
        }
        assertTrue(language + ": " + problems, problems.isEmpty());
    }

    /**
     * Candor's pages chosen one after another in one Preferences dialog, as a user clicks through
     * them: the dialog grows for a larger page unless the user sized it.
     */
    @Test
    public void thePreferencePagesFitAndSpeakTheUsersLanguage() throws Exception {
        List<String> problems = new ArrayList<>();
        org.eclipse.jface.preference.PreferenceDialog dialog = UiTestSupport.preferences(window, PAGES.get(0));
        try {
            for (String id : PAGES) {
                org.eclipse.jface.preference.IPreferenceNode node = dialog.getPreferenceManager()
                        .getElements(org.eclipse.jface.preference.PreferenceManager.PRE_ORDER).stream()
                        .filter(n -> n.getId().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
                dialog.getTreeViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(node), true);
                UiTestSupport.flush();
                UiTestSupport.waitUntil(id + " to be read", 20_000, EveryViewInEveryLanguageUiTest::allIdle);
                UiTestSupport.flush();
                String name = id.substring(id.lastIndexOf('.') + 1);
                check("preferences " + name, dialog.getShell(), problems);
                UiTestSupport.screenshot(dialog.getShell(), "page-" + name + "-" + language);
            }
        } finally {
            dialog.close();
        }
        assertTrue(language + ": " + problems, problems.isEmpty());
    }

    /** Runs {@code action} on the first dialog that opens over the workbench window. */
    private void whenDialogOpens(java.util.function.Consumer<Shell> action) {
        Set<Shell> before = Set.of(Display.getCurrent().getShells());
        UiTestSupport.whenShellOpens(shell -> !before.contains(shell) && shell.getParent() != null, action);
    }

    private void check(String where, Composite root, List<String> problems) {
        List<String> clipped = new ArrayList<>();
        List<String> english = new ArrayList<>();
        walk(root, clipped, english);
        if (!clipped.isEmpty()) {
            problems.add(where + " cut off: " + clipped);
        }
        if (!english.isEmpty()) {
            problems.add(where + " in English: " + english);
        }
    }

    private void english(String text, List<String> into) {
        if (text != null && untranslated.contains(UiTestSupport.plain(text))) {
            into.add(UiTestSupport.plain(text));
        }
    }

    private void walk(Composite parent, List<String> clipped, List<String> english) {
        if (parent instanceof CTabFolder folder) {
            for (CTabItem item : folder.getItems()) {
                english(item.getText(), english);
            }
        }
        if (parent instanceof Group group) {
            english(group.getText(), english);
            UiTestSupport.fits(group, group.getText(), clipped);
        }
        if (parent instanceof ExpandableComposite section) {
            english(section.getText(), english);
        }
        if (parent instanceof Table table) {
            for (TableColumn column : table.getColumns()) {
                english(column.getText(), english);
                header(table, column.getText(), column.getWidth(), clipped);
            }
        }
        if (parent instanceof Tree tree) {
            for (TreeColumn column : tree.getColumns()) {
                english(column.getText(), english);
                header(tree, column.getText(), column.getWidth(), clipped);
            }
        }
        for (Control child : parent.getChildren()) {
            if (!child.isVisible()) {
                continue;
            }
            String text = child instanceof Label l && (l.getStyle() & SWT.SEPARATOR) == 0 ? l.getText()
                    : child instanceof Button b ? b.getText() : child instanceof CLabel c ? c.getText() : null;
            if (text != null && !text.isEmpty()) {
                english(text, english);
                boolean wraps = child instanceof Label && (child.getStyle() & SWT.WRAP) != 0
                        || child instanceof Button && (child.getStyle() & SWT.WRAP) != 0;
                if (!wraps && text.indexOf('\n') < 0) {
                    UiTestSupport.fits(child, text, clipped);
                }
            }
            if (child instanceof Composite c) {
                walk(c, clipped, english);
            }
        }
    }

    /** A column whose title does not fit it; a column of no width is hidden on purpose. */
    private static void header(Composite table, String title, int width, List<String> clipped) {
        if (title == null || title.isEmpty() || width <= 0) {
            return;
        }
        GC gc = new GC(table);
        try {
            // GTK's header pads its text by about 12 px on each side; a sort arrow may take more
            int wanted = gc.textExtent(title).x + 12;
            if (width < wanted) {
                clipped.add("column " + UiTestSupport.plain(title) + " (" + width + " of " + wanted + " px)");
            }
        } finally {
            gc.dispose();
        }
    }

    /**
     * The texts of Candor's bundles that are English only where {@code language} is shown: each
     * value of a {@code messages.properties} or {@code plugin.properties} whose translation into
     * the language says something else, less any text the language itself uses somewhere.
     */
    static Set<String> englishOnly(String language) throws IOException {
        Set<String> english = new HashSet<>();
        Set<String> translated = new HashSet<>();
        if ("en".equals(language)) {
            return english;
        }
        for (Bundle bundle : FrameworkUtil.getBundle(EveryViewInEveryLanguageUiTest.class).getBundleContext()
                .getBundles()) {
            String name = bundle.getSymbolicName();
            if (name == null || !name.startsWith("dev.candor.") || name.endsWith(".tests") || name.endsWith(".probe")) {
                continue;
            }
            for (String pattern : List.of("messages.properties", "plugin.properties")) {
                Enumeration<URL> found = bundle.findEntries("/", pattern, true);
                while (found != null && found.hasMoreElements()) {
                    URL base = found.nextElement();
                    String path = base.getPath();
                    URL local = bundle.getEntry(path.replace(".properties", "_" + language + ".properties"));
                    if (local == null) {
                        continue;
                    }
                    Properties en = load(base);
                    Properties xx = load(local);
                    for (String key : en.stringPropertyNames()) {
                        String theirs = xx.getProperty(key);
                        if (theirs != null) {
                            translated.add(UiTestSupport.plain(theirs));
                            String ours = UiTestSupport.plain(en.getProperty(key));
                            // a word or more, not a placeholder or a symbol
                            if (!ours.equals(UiTestSupport.plain(theirs)) && ours.length() > 1 && ours.indexOf('{') < 0) {
                                english.add(ours);
                            }
                        }
                    }
                }
            }
        }
        english.removeAll(translated);
        return Set.copyOf(english);
    }

    private static Properties load(URL url) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            // messages*.properties are ISO-8859-1 with \\u escapes, as java.util.Properties reads them
            properties.load(in);
        }
        return properties;
    }
}
