package dev.candor.ui.internal.customers;

import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;

import dev.candor.ui.RowTable;
import dev.candor.ui.internal.customers.CustomerIndex.Column;

/**
 * NatTable's header sorting mapped onto {@link CustomerIndex}: one column at a
 * time; "no sort" falls back to names ascending, the order of the first page.
 */
final class IndexSortModel extends RowTable.SingleColumnSort {

    private final CustomersView view;
    private int column = Column.NAME.ordinal();
    private SortDirectionEnum direction = SortDirectionEnum.ASC;

    IndexSortModel(CustomersView view) {
        this.view = view;
    }

    @Override
    protected int sortedColumn() {
        return column;
    }

    @Override
    protected boolean ascending() {
        return direction != SortDirectionEnum.DESC;
    }

    @Override
    public void sort(int columnIndex, SortDirectionEnum sortDirection, boolean accumulate) {
        if (view.getIndex() == null) {
            return; // the first page is only by name; sorting starts once everything is loaded
        }
        if (sortDirection == SortDirectionEnum.NONE) {
            column = Column.NAME.ordinal();
            direction = SortDirectionEnum.ASC;
        } else {
            column = columnIndex;
            direction = sortDirection;
        }
        view.sortBy(Column.values()[column], direction != SortDirectionEnum.DESC);
    }

    @Override
    public void clear() {
        sort(Column.NAME.ordinal(), SortDirectionEnum.ASC, false);
    }
}
