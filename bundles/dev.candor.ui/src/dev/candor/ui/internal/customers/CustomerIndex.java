package dev.candor.ui.internal.customers;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import dev.candor.store.CustomerSummary;
import dev.candor.store.SearchKeys;
import dev.candor.ui.Labels;

/**
 * All customers in memory as summaries, with per-column sort orders and a
 * filter over their folded search keys. Filtering 100,000 customers scans
 * plain strings, which is what keeps a keystroke well under 100 ms; a query
 * that extends the previous one only scans the previous matches.
 *
 * <p>Not thread safe: the view uses it from the UI thread once loaded.</p>
 */
public final class CustomerIndex {

    /** The sortable columns, in the order the view shows them. */
    public enum Column {
        NAME(CustomerSummary::name), ORGANISATION(CustomerSummary::organisation), CITY(CustomerSummary::city),
        COUNTRY(CustomerSummary::country), EMAIL(CustomerSummary::email), PHONE(CustomerSummary::phone),
        OWNER(CustomerSummary::owner), LANGUAGE(s -> Labels.of(s.language()));

        private final Function<CustomerSummary, String> value;

        Column(Function<CustomerSummary, String> value) {
            this.value = value;
        }

        public String valueOf(CustomerSummary summary) {
            String text = value.apply(summary);
            return text == null ? "" : text; //$NON-NLS-1$
        }
    }

    private final CustomerSummary[] all;
    private final int[][] orders = new int[Column.values().length][];
    private Column sortColumn = Column.NAME;
    private boolean ascending = true;
    private String query = ""; //$NON-NLS-1$
    private int[] visible;

    public CustomerIndex(List<CustomerSummary> summaries) {
        this.all = summaries.toArray(CustomerSummary[]::new);
        this.visible = order(sortColumn);
    }

    public int size() {
        return all.length;
    }

    public int visibleCount() {
        return visible.length;
    }

    /** The customer in row {@code row} of the current sort and filter. */
    public CustomerSummary visible(int row) {
        int position = ascending ? row : visible.length - 1 - row;
        return all[visible[position]];
    }

    public Column getSortColumn() {
        return sortColumn;
    }

    public boolean isAscending() {
        return ascending;
    }

    public String getQuery() {
        return query;
    }

    /** Sorts by a column; the filter is kept. */
    public void sort(Column column, boolean ascendingOrder) {
        this.ascending = ascendingOrder;
        if (column != sortColumn) {
            sortColumn = column;
            visible = filter(order(column), query);
        }
    }

    /**
     * Shows only customers whose name, organisation, e-mail, phone or city
     * contains the text, ignoring case and diacritics.
     */
    public void filter(String text) {
        String folded = SearchKeys.fold(text == null ? "" : text.strip()); //$NON-NLS-1$
        int[] base = !query.isEmpty() && folded.contains(query) ? visible : order(sortColumn);
        visible = filter(base, folded);
        query = folded;
    }

    private int[] filter(int[] base, String folded) {
        if (folded.isEmpty()) {
            return base;
        }
        int[] out = new int[base.length];
        int n = 0;
        for (int index : base) {
            String key = all[index].searchKey();
            if (key != null && key.contains(folded)) {
                out[n++] = index;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The ascending order of a column, computed once on folded values. */
    private int[] order(Column column) {
        int[] cached = orders[column.ordinal()];
        if (cached == null) {
            String[] keys = new String[all.length];
            for (int i = 0; i < all.length; i++) {
                keys[i] = SearchKeys.fold(column.valueOf(all[i]));
            }
            Integer[] boxed = new Integer[all.length];
            for (int i = 0; i < boxed.length; i++) {
                boxed[i] = i;
            }
            Arrays.sort(boxed, Comparator.<Integer, String>comparing(i -> keys[i]).thenComparingLong(i -> all[i].id()));
            cached = new int[all.length];
            for (int i = 0; i < cached.length; i++) {
                cached[i] = boxed[i];
            }
            orders[column.ordinal()] = cached;
        }
        return cached;
    }
}
