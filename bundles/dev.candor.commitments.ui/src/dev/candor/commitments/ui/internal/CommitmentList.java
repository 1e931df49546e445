package dev.candor.commitments.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dev.candor.commitments.DueBuckets;
import dev.candor.commitments.DueBuckets.Bucket;
import dev.candor.store.CommitmentSummary;
import dev.candor.store.SearchKeys;

/**
 * What the Commitments view shows: every commitment read, filtered (text, scope, owner,
 * customer), sorted by a column, and grouped by due bucket with a header row per group.
 * Plain Java so that 200,000 commitments are filtered and re-bucketed without the UI.
 */
public final class CommitmentList {

    /** Which commitments to show. */
    public enum Scope {
        OPEN, OVERDUE, TODAY, THIS_WEEK, ALL
    }

    public enum Column {
        // in the order the view shows them: what is due when comes first, so that a narrow view
        // (the default layout gives it a third of the width) still shows it
        DESCRIPTION, DUE, LEFT, CUSTOMER, OWNER, PRIORITY, STATUS
    }

    /** The row that starts a group. */
    public record Header(Bucket bucket, int count) {
    }

    private List<CommitmentSummary> all = List.of();
    private String[] keys = new String[0];
    private DueBuckets buckets;
    private String[] words = new String[0];
    private Scope scope = Scope.OPEN;
    private String owner;
    private long customerId;
    private Column sortColumn = Column.DUE;
    private boolean ascending = true;
    private List<Object> rows = List.of();
    private final Map<Bucket, Integer> counts = new EnumMap<>(Bucket.class);

    public CommitmentList(DueBuckets buckets) {
        this.buckets = buckets;
    }

    /** Replaces the commitments (read anew from the database) and refreshes the rows. */
    public void setAll(List<CommitmentSummary> commitments) {
        all = commitments;
        keys = new String[commitments.size()];
        for (int i = 0; i < keys.length; i++) {
            CommitmentSummary c = commitments.get(i);
            keys[i] = SearchKeys.foldAll(c.description(), c.customerName(), c.owner());
        }
        refresh();
    }

    /** Re-buckets as of a new moment (the minute ticked) and refreshes the rows. */
    public void setBuckets(DueBuckets now) {
        buckets = now;
        refresh();
    }

    public DueBuckets buckets() {
        return buckets;
    }

    public void setQuery(String text) {
        String folded = SearchKeys.fold(text == null ? "" : text.strip()); //$NON-NLS-1$
        words = folded.isEmpty() ? new String[0] : folded.split("\\s+"); //$NON-NLS-1$
    }

    public void setScope(Scope scope) {
        this.scope = scope;
    }

    /** Only this account manager's, or everyone's when {@code null}. */
    public void setOwner(String owner) {
        this.owner = owner;
    }

    /** Only this customer's, or every customer's when 0. */
    public void setCustomerId(long customerId) {
        this.customerId = customerId;
    }

    public long customerId() {
        return customerId;
    }

    public void sortBy(Column column, boolean ascendingOrder) {
        sortColumn = column;
        ascending = ascendingOrder;
    }

    public Column sortColumn() {
        return sortColumn;
    }

    public boolean ascending() {
        return ascending;
    }

    /** The owners of all commitments read, sorted, for the owner filter. */
    public List<String> owners() {
        TreeSet<String> owners = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (CommitmentSummary c : all) {
            owners.add(c.owner());
        }
        return new ArrayList<>(owners);
    }

    /** Filters, sorts and groups again. */
    public void refresh() {
        counts.clear();
        Map<Bucket, List<CommitmentSummary>> groups = new EnumMap<>(Bucket.class);
        for (int i = 0; i < keys.length; i++) {
            CommitmentSummary c = all.get(i);
            if ((customerId != 0 && c.customerId() != customerId) || (owner != null && !owner.equals(c.owner()))) {
                continue;
            }
            Bucket bucket = buckets.of(c);
            counts.merge(bucket, 1, Integer::sum);
            if (!inScope(bucket) || !matches(keys[i])) {
                continue;
            }
            groups.computeIfAbsent(bucket, b -> new ArrayList<>()).add(c);
        }
        Comparator<CommitmentSummary> order = comparator();
        List<Object> result = new ArrayList<>();
        for (Map.Entry<Bucket, List<CommitmentSummary>> group : groups.entrySet()) {
            List<CommitmentSummary> members = group.getValue();
            members.sort(order);
            result.add(new Header(group.getKey(), members.size()));
            result.addAll(members);
        }
        rows = result;
    }

    /** Every word of the filter occurs somewhere in the promise, customer or owner. */
    private boolean matches(String key) {
        for (String word : words) {
            if (!key.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private boolean inScope(Bucket bucket) {
        return switch (scope) {
        case OPEN -> bucket != Bucket.CLOSED;
        case OVERDUE -> bucket == Bucket.OVERDUE;
        case TODAY -> bucket == Bucket.OVERDUE || bucket == Bucket.TODAY;
        case THIS_WEEK -> bucket == Bucket.OVERDUE || bucket == Bucket.TODAY || bucket == Bucket.THIS_WEEK;
        case ALL -> true;
        };
    }

    private Comparator<CommitmentSummary> comparator() {
        Comparator<CommitmentSummary> c = switch (sortColumn) {
        case DESCRIPTION -> Comparator.comparing(CommitmentSummary::description, String.CASE_INSENSITIVE_ORDER);
        case CUSTOMER -> Comparator.comparing(CommitmentSummary::customerName, String.CASE_INSENSITIVE_ORDER);
        case OWNER -> Comparator.comparing(CommitmentSummary::owner, String.CASE_INSENSITIVE_ORDER);
        case PRIORITY -> Comparator.comparingInt(s -> s.priority().getValue());
        case STATUS -> Comparator.comparingInt(s -> s.status().getValue());
        default -> Comparator.comparingLong(CommitmentSummary::dueAt);
        };
        if (!ascending) {
            c = c.reversed();
        }
        return c.thenComparingLong(CommitmentSummary::dueAt).thenComparingLong(CommitmentSummary::id);
    }

    public List<Object> rows() {
        return rows;
    }

    public int size() {
        return all.size();
    }

    /** How many commitments (of the owner and customer chosen, before text and scope) are in {@code bucket}. */
    public int count(Bucket bucket) {
        return counts.getOrDefault(bucket, 0);
    }

    /** Commitments shown (headers not counted). */
    public int shown() {
        int shown = 0;
        for (Object row : rows) {
            if (row instanceof CommitmentSummary) {
                shown++;
            }
        }
        return shown;
    }

    /** The commitment with this id among those read, or null. */
    public CommitmentSummary find(long id) {
        for (CommitmentSummary c : all) {
            if (c.id() == id) {
                return c;
            }
        }
        return null;
    }
}
