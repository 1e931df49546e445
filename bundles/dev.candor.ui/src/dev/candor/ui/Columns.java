package dev.candor.ui;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;

/**
 * Column widths that never cut a column's title: the titles are translated, and a width chosen
 * for English cuts "Критический пункт не выполнен" or "Punkt krytyczny niespełniony".
 */
public final class Columns {

    /** What a header adds around its text: GTK's padding on both sides and a sort arrow's room. */
    private static final int HEADER_PADDING = 24;

    private Columns() {
    }

    /** The width the header of a column of {@code table} (a Table or a Tree) needs to show {@code title} whole. */
    public static int titleWidth(Control table, String title) {
        if (title == null || title.isEmpty()) {
            return 0;
        }
        GC gc = new GC(table);
        try {
            return gc.textExtent(title).x + HEADER_PADDING;
        } finally {
            gc.dispose();
        }
    }

    /** {@code width}, or more if the title needs more. */
    public static int atLeastTitle(Control table, String title, int width) {
        return Math.max(width, titleWidth(table, title));
    }
}
