package dev.candor.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;

/**
 * Issue 20, items 11 and 13: Candor started in Russian, Ukrainian, Polish or Hungarian (the test
 * command runs this class once per language, {@code -nl xx}) shows no English in its menus or in
 * the Preferences dialog, platform texts included, and no label or button is narrower than its
 * text. Screenshots of the workbench and of Preferences in each language.
 */
public class LocalisedWorkbenchTest {

    /** What the menus and Preferences say in English, mnemonics and shortcuts left out. */
    private static final Set<String> ENGLISH = Set.of("File", "Edit", "Window", "Help", "Save", "Close Editor", "Close",
            "Exit", "Undo", "Redo", "Delete", "Show View", "Customize Perspective...", "Save Perspective As...",
            "Reset Perspective...", "Preferences", "Preferences...", "About Candor", "Other...", "Cancel", "Apply",
            "Apply and Close", "Restore Defaults", "OK", "Import Data...", "Export Data...");

    private IWorkbenchWindow window;
    private String language;

    @Before
    public void setUp() {
        language = System.getProperty("candor.test.language");
        Assume.assumeTrue("run by the test command once per language", language != null);
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getShell().setSize(1400, 900);
        UiTestSupport.seededStore();
    }

    private static String plain(String text) {
        return UiTestSupport.plain(text).replace("\u2026", "...");
    }

    /** Every menu of the menu bar, and every entry running Candor's command, has a mnemonic of its own in this language. */
    @Test
    public void theMenuBarHasMnemonicsInTheUsersLanguage() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        List<String> problems = new java.util.ArrayList<>();
        StringBuilder dump = new StringBuilder();
        Menus.walk(window.getShell().getMenuBar(), "", new java.util.TreeMap<>(), problems, true, dump);
        assertEquals(dump.toString(), List.of(), problems);
    }

    @Test
    public void theMenusSpeakTheUsersLanguage() throws Exception {
        assertEquals(language, Locale.getDefault().getLanguage());
        List<String> english = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        Menu bar = window.getShell().getMenuBar();
        for (MenuItem top : bar.getItems()) {
            seen.add(plain(top.getText()));
            collect(top.getMenu(), seen);
        }
        for (String text : seen) {
            if (ENGLISH.contains(text)) {
                english.add(text);
            }
        }
        assertTrue("menus seen: " + seen, seen.size() > 15);
        assertTrue("English in the " + language + " menus: " + english + " of " + seen, english.isEmpty());
        UiTestSupport.screenshot(window.getShell(), "workbench-" + language);
        assertNothingClipped(window.getShell());
    }

    /** Opens each menu the way a click does, so that its items are made, and takes their texts. */
    private static void collect(Menu menu, List<String> seen) {
        if (menu == null) {
            return;
        }
        menu.notifyListeners(SWT.Show, new Event());
        for (MenuItem item : menu.getItems()) {
            if ((item.getStyle() & SWT.SEPARATOR) == 0 && !item.getText().isEmpty()) {
                seen.add(plain(item.getText()));
                collect(item.getMenu(), seen);
            }
        }
        menu.notifyListeners(SWT.Hide, new Event());
    }

    @Test
    public void preferencesSpeakTheUsersLanguageAndNothingIsCut() throws Exception {
        org.eclipse.jface.preference.PreferenceDialog dialog = UiTestSupport.preferences(window, null);
        try {
            UiTestSupport.flush();
            Shell shell = dialog.getShell();
            List<String> buttons = new ArrayList<>();
            texts(shell, buttons);
            List<String> english = buttons.stream().filter(ENGLISH::contains).toList();
            assertTrue("English in " + language + " Preferences: " + english + " of " + buttons, english.isEmpty());
            assertFalse(shell.getText(), ENGLISH.contains(plain(shell.getText())));
            UiTestSupport.screenshot(shell, "preferences-" + language);
            assertNothingClipped(shell);
        } finally {
            dialog.close();
        }
    }

    private static void texts(Composite parent, List<String> into) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button b && child.isVisible()) {
                into.add(plain(b.getText()));
            } else if (child instanceof Composite c) {
                texts(c, into);
            }
        }
    }

    /** Every visible one-line label and push button is at least as wide as its text wants. */
    private static void assertNothingClipped(Composite parent) {
        List<String> clipped = new ArrayList<>();
        clipped(parent, clipped);
        assertTrue("cut off in " + Locale.getDefault() + ": " + clipped, clipped.isEmpty());
    }

    private static String text(Control control) {
        return control instanceof Label l ? l.getText()
                : control instanceof Button b ? b.getText() : ((org.eclipse.swt.custom.CLabel) control).getText();
    }

    private static void clipped(Composite parent, List<String> into) {
        for (Control child : parent.getChildren()) {
            if (!child.isVisible()) {
                continue;
            }
            boolean oneLine = child instanceof Label l && (l.getStyle() & (SWT.WRAP | SWT.SEPARATOR)) == 0
                    && !l.getText().isEmpty()
                    || child instanceof Button b && (b.getStyle() & SWT.PUSH) != 0 && !b.getText().isEmpty()
                    || child instanceof org.eclipse.swt.custom.CLabel c && c.getText() != null && !c.getText().isEmpty();
            if (oneLine) {
                // narrower than its text, or pushed past its window's edge
                UiTestSupport.fits(child, text(child), into);
            }
            // the titles of a tree's sections (My Day's) fit their column
            if (child instanceof org.eclipse.swt.widgets.Tree tree && tree.getColumnCount() > 0) {
                org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(tree);
                try {
                    for (org.eclipse.swt.widgets.TreeItem item : tree.getItems()) {
                        gc.setFont(item.getFont());
                        int wanted = gc.textExtent(item.getText()).x + item.getBounds(0).x - tree.getClientArea().x + 4;
                        if (wanted > tree.getColumn(0).getWidth()) {
                            into.add(item.getText() + " (" + tree.getColumn(0).getWidth() + " of " + wanted + " px)");
                        }
                    }
                } finally {
                    gc.dispose();
                }
            }
            if (child instanceof Composite c) {
                clipped(c, into);
            }
        }
    }
}
