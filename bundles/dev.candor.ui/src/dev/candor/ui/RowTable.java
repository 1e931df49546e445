package dev.candor.ui;

import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfiguration;
import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultColumnHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.layer.CompositeLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.event.RowStructuralRefreshEvent;
import org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.PaddingDecorator;
import org.eclipse.nebula.widgets.nattable.selection.RowSelectionProvider;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPartSite;

/**
 * A list of many rows as Candor's views show them: a NatTable that paints only the visible
 * cells, with a sortable header, whole-row selection published to the workbench, Enter and
 * double click to open, and a context menu others contribute to.
 *
 * @param <T> the row objects
 * @since 0.1
 */
public final class RowTable<T> {

    private final IRowDataProvider<T> rows;
    private final DataLayer body;
    private final SelectionLayer selectionLayer;
    private final NatTable table;
    private final RowSelectionProvider<T> selectionProvider;

    /**
     * @param extra configurations added before the table is configured (cell styles by label, say)
     */
    public RowTable(Composite parent, IRowDataProvider<T> rows, String[] titles, int[] widths, ISortModel sortModel,
            IConfiguration... extra) {
        this.rows = rows;
        body = new DataLayer(rows);
        body.setDefaultRowHeight(24);
        for (int i = 0; i < widths.length; i++) {
            body.setColumnWidthByPosition(i, widths[i]);
        }
        selectionLayer = new SelectionLayer(body);
        ViewportLayer viewport = new ViewportLayer(selectionLayer);
        DataLayer headerData = new DefaultColumnHeaderDataLayer(new DefaultColumnHeaderDataProvider(titles));
        ColumnHeaderLayer header = new ColumnHeaderLayer(headerData, viewport, selectionLayer);
        CompositeLayer composite = new CompositeLayer(1, 2);
        composite.setChildLayer(GridRegion.COLUMN_HEADER, new SortHeaderLayer<>(header, sortModel), 0, 0);
        composite.setChildLayer(GridRegion.BODY, viewport, 0, 1);
        table = new NatTable(parent, SWT.BORDER | SWT.DOUBLE_BUFFERED | SWT.V_SCROLL | SWT.H_SCROLL, composite, false);
        DefaultNatTableStyleConfiguration style = new DefaultNatTableStyleConfiguration();
        style.hAlign = HorizontalAlignmentEnum.LEFT; // text columns read from the left, as in any list
        style.cellPainter = new PaddingDecorator(new TextPainter(), 0, 6, 0, 6);
        style.bgColor = parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND);
        style.fgColor = parent.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND);
        table.addConfiguration(style);
        for (IConfiguration configuration : extra) {
            table.addConfiguration(configuration);
        }
        table.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        table.addConfiguration(new SingleClickSortConfiguration());
        table.configure();
        // A row counts as selected when any of its cells is (keyboard moves select cells).
        selectionProvider = new RowSelectionProvider<>(selectionLayer, rows, false);
    }

    /** Runs {@code open} on Enter and on a double click, ahead of NatTable's own Enter (move down). */
    public void onOpen(Runnable open) {
        table.getUiBindingRegistry().registerFirstKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.CR),
                (t, event) -> open.run());
        table.getUiBindingRegistry().registerFirstKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.KEYPAD_CR),
                (t, event) -> open.run());
        table.getUiBindingRegistry().registerFirstDoubleClickBinding(MouseEventMatcher.bodyLeftClick(SWT.NONE),
                (t, event) -> open.run());
    }

    /**
     * Down in {@code filter} (the view's filter field) moves into the rows: the first one is
     * selected and the table takes the keyboard, so Enter opens it.
     */
    public void enterFrom(org.eclipse.swt.widgets.Text filter) {
        filter.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.ARROW_DOWN && rows.getRowCount() > 0) {
                event.doit = false;
                selectionLayer.doCommand(new SelectRowsCommand(selectionLayer, 0, 0, false, false));
                table.setFocus();
            }
        });
    }

    /**
     * A context menu others contribute to at {@code popup:<id>}, with these groups and then
     * the standard additions; a right click first selects the row under the pointer.
     */
    public void contextMenu(IWorkbenchPartSite site, String id, IContributionItem... groups) {
        MenuManager manager = new MenuManager("#PopupMenu", id); //$NON-NLS-1$
        for (IContributionItem group : groups) {
            manager.add(group);
        }
        manager.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        Menu menu = manager.createContextMenu(table);
        table.setMenu(menu);
        site.registerContextMenu(id, manager, selectionProvider);
        table.getUiBindingRegistry().registerFirstMouseDownBinding(
                new MouseEventMatcher(SWT.NONE, GridRegion.BODY, MouseEventMatcher.RIGHT_BUTTON), (t, event) -> {
                    int row = t.getRowPositionByY(event.y);
                    int column = t.getColumnPositionByX(event.x);
                    int rowIndex = t.getRowIndexByPosition(row);
                    if (rowIndex >= 0 && !selectionLayer.isRowPositionFullySelected(
                            selectionLayer.getRowPositionByIndex(rowIndex))) {
                        t.doCommand(new SelectRowsCommand(t, column, row, false, false));
                    }
                });
    }

    /** After the rows changed (filtered, sorted, reloaded): clears the selection and repaints. */
    public void rowsChanged() {
        selectionLayer.clear(false);
        body.fireLayerEvent(new RowStructuralRefreshEvent(body));
        table.redraw();
    }

    /**
     * Runs {@code runnable} in the UI thread, unless the table is gone by then: for the jobs
     * that read what the table shows. Callable from any thread.
     */
    public void asyncExec(Runnable runnable) {
        if (!table.isDisposed()) {
            table.getDisplay().asyncExec(() -> {
                if (!table.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }

    public NatTable table() {
        return table;
    }

    /** The body's data layer, for cell labels. */
    public DataLayer body() {
        return body;
    }

    public SelectionLayer selectionLayer() {
        return selectionLayer;
    }

    public RowSelectionProvider<T> selectionProvider() {
        return selectionProvider;
    }

    public IRowDataProvider<T> rows() {
        return rows;
    }

    /**
     * A header sort model for lists sorted by one column at a time: subclasses say which
     * column and direction, and sort when a header is clicked.
     */
    public abstract static class SingleColumnSort implements ISortModel {

        /** The index of the column sorted now. */
        protected abstract int sortedColumn();

        protected abstract boolean ascending();

        @Override
        public List<Integer> getSortedColumnIndexes() {
            return List.of(sortedColumn());
        }

        @Override
        public boolean isColumnIndexSorted(int columnIndex) {
            return columnIndex == sortedColumn();
        }

        @Override
        public SortDirectionEnum getSortDirection(int columnIndex) {
            return !isColumnIndexSorted(columnIndex) ? SortDirectionEnum.NONE
                    : ascending() ? SortDirectionEnum.ASC : SortDirectionEnum.DESC;
        }

        @Override
        public int getSortOrder(int columnIndex) {
            return isColumnIndexSorted(columnIndex) ? 0 : -1;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public List<Comparator> getComparatorsForColumnIndex(int columnIndex) {
            return List.of();
        }

        @Override
        public Comparator<?> getColumnComparator(int columnIndex) {
            return null;
        }
    }
}
