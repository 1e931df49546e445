package dev.candor.ui.tests;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.e4.ui.model.application.ui.menu.MHandledItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.menus.CommandContributionItem;

/** Reads menus as the user meets them: filled as opening them fills them, with their mnemonics. */
final class Menus {

    private Menus() {
    }

    /** The command an SWT menu item runs, or null. */
    static String commandOf(MenuItem item) {
        Object data = item.getData();
        if (data instanceof CommandContributionItem contribution && contribution.getCommand() != null) {
            return contribution.getCommand().getId();
        }
        if (data instanceof IContributionItem) {
            // the e4 renderer's item: its model element knows the command
            try {
                Object model = data.getClass().getMethod("getModel").invoke(data);
                if (model instanceof MHandledItem handled && handled.getCommand() != null) {
                    return handled.getCommand().getElementId();
                }
            } catch (ReflectiveOperationException e) {
                return null;
            }
        }
        return null;
    }

    /** Fills a menu as opening it would, and walks it: commands found, and mnemonic problems. */
    static void walk(Menu menu, String path, Map<String, String> reached, List<String> problems,
            boolean mnemonics, StringBuilder dump) {
        menu.notifyListeners(SWT.Show, new Event());
        Set<Character> taken = new TreeSet<>();
        for (MenuItem item : menu.getItems()) {
            if ((item.getStyle() & SWT.SEPARATOR) != 0 || !item.isEnabled() && item.getText().isEmpty()) {
                continue;
            }
            String text = item.getText();
            int tab = text.indexOf('\t');
            String label = tab < 0 ? text : text.substring(0, tab);
            String where = path + " > " + label.replace("&", "");
            String command = commandOf(item);
            dump.append(path.isEmpty() ? "" : "    ").append(label).append(command == null ? "" : "  [" + command + "]").append('\n');
            boolean ours = command != null && command.startsWith("dev.candor.");
            if (mnemonics && (item.getMenu() != null || ours)) {
                int amp = label.indexOf('&');
                if (amp < 0 || amp == label.length() - 1) {
                    problems.add(where + ": no mnemonic");
                } else if (!taken.add(Character.toLowerCase(label.charAt(amp + 1)))) {
                    problems.add(where + ": mnemonic " + label.charAt(amp + 1) + " taken twice in its menu");
                }
            } else if (mnemonics) {
                int amp = label.indexOf('&');
                if (amp >= 0 && amp < label.length() - 1) {
                    taken.add(Character.toLowerCase(label.charAt(amp + 1)));
                }
            }
            if (ours) {
                reached.putIfAbsent(command, where.substring(3));
            }
            if (item.getMenu() != null) {
                walk(item.getMenu(), where, reached, problems, mnemonics, dump);
            }
        }
        menu.notifyListeners(SWT.Hide, new Event());
    }

}
