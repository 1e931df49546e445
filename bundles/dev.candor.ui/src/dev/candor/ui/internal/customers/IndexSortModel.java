package dev.candor.ui.internal.customers;

import java.util.Comparator;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;

import dev.candor.ui.internal.customers.CustomerIndex.Column;

/**
 * NatTable's header sorting mapped onto {@link CustomerIndex}: one column at a
 * time; "no sort" falls back to names ascending, the order of the first page.
 */
final class IndexSortModel implements ISortModel {

    private final CustomersView view;
    private int column = Column.NAME.ordinal();
    private SortDirectionEnum direction = SortDirectionEnum.ASC;

    IndexSortModel(CustomersView view) {
        this.view = view;
    }

    @Override
    public List<Integer> getSortedColumnIndexes() {
        return List.of(column);
    }

    @Override
    public boolean isColumnIndexSorted(int columnIndex) {
        return columnIndex == column;
    }

    @Override
    public SortDirectionEnum getSortDirection(int columnIndex) {
        return columnIndex == column ? direction : SortDirectionEnum.NONE;
    }

    @Override
    public int getSortOrder(int columnIndex) {
        return columnIndex == column ? 0 : -1;
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
