package dev.candor.ethics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.candor.commitments.ResponsePolicies;
import dev.candor.ethics.internal.Messages;
import dev.candor.model.ChecklistItem;
import dev.candor.model.ChecklistTemplate;
import dev.candor.store.Sql;
import dev.candor.store.StoreException;
import dev.candor.store.StoreSession;

/**
 * The figures of the Quality Dashboard, read in one transaction, each for its own month:
 * per group (account manager, team or customer) and month the reviews, their average score,
 * how many had a failed item and how many failed a critical one, and the promises kept on time
 * among those settled that month; the most failed items of the period. A month with nothing
 * in it has no row: nothing is carried over from a neighbouring month.
 *
 * <p>What counts where:</p>
 * <ul>
 * <li>A review counts in the month its interaction took place, and only the interaction's
 * newest review counts (a correction's or a person's review replaces the earlier one); a
 * review that judged no item does not count.</li>
 * <li>"With a failed item" is what Review All reports; "failed a critical item" is a review
 * that did not pass.</li>
 * <li>A promise counts in the month it was settled: kept or broken, the month it was closed;
 * still open past its due time, the month it fell due. Kept on time is kept no later than
 * due; cancelled promises do not count. Teams are the response-time policies' teams.</li>
 * </ul>
 *
 * @param failures the period's failed items (title to count), most failed first
 * @param keptRate promises kept on time among those settled in the period, 0–1; NaN when none
 * @since 0.1
 */
public record Dashboard(Grouping grouping, List<String> months, List<Row> rows, Map<String, Integer> failures,
        long reviews, double averageScore, long withFailedItem, long criticalFailed, long promisesSettled,
        long keptOnTime) {

    /** How the dashboard groups. */
    public enum Grouping {
        ACCOUNT_MANAGER, TEAM, CUSTOMER
    }

    /**
     * One group in one month ({@code yyyy-MM}).
     *
     * @param averageScore NaN when the group had no review that month
     * @param promisesSettled promises kept, broken or fallen overdue that month
     */
    public record Row(String group, String month, int reviews, double averageScore, int withFailedItem,
            int criticalFailed, int promisesSettled, int keptOnTime) {

        /** Promises kept on time among those settled this month, 0–1; NaN when none was settled. */
        public double keptRate() {
            return rate(keptOnTime, promisesSettled);
        }
    }

    /** Promises kept on time among those settled in the period, 0–1; NaN when none was settled. */
    public double keptRate() {
        return rate(keptOnTime, promisesSettled);
    }

    private static double rate(long kept, long settled) {
        return settled == 0 ? Double.NaN : (double) kept / settled;
    }

    /** Reads the last {@code months} months (this one included) as of the clock's time, months of its zone. */
    public static Dashboard read(StoreSession session, Grouping grouping, int months, Clock clock)
            throws StoreException {
        ZoneId zone = clock.getZone();
        Instant from = periodStart(months, clock);
        Instant to = clock.instant();
        Months period = new Months(from, to, zone);
        ResponsePolicies policies = grouping == Grouping.TEAM ? ResponsePolicies.load(session, zone, new ArrayList<>())
                : null;
        // group -> month -> [reviews, score sum, with a failed item, critical failed, settled, kept on time]
        Map<String, Map<String, double[]>> sums = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Counts row : scores(session.sql(), grouping == Grouping.CUSTOMER, period)) {
            double[] s = cell(sums, group(grouping, row, policies), row.month());
            s[0] += row.a();
            s[1] += row.b();
            s[2] += row.c();
            s[3] += row.d();
        }
        for (Counts row : promises(session.sql(), grouping == Grouping.CUSTOMER, period)) {
            double[] s = cell(sums, group(grouping, row, policies), row.month());
            s[4] += row.a();
            s[5] += row.b();
        }
        List<Row> rows = new ArrayList<>();
        TreeSet<String> monthSet = new TreeSet<>();
        double[] total = new double[6];
        for (var group : sums.entrySet()) {
            for (var month : group.getValue().entrySet()) {
                double[] s = month.getValue();
                rows.add(new Row(group.getKey(), month.getKey(), (int) s[0], s[0] == 0 ? Double.NaN : s[1] / s[0],
                        (int) s[2], (int) s[3], (int) s[4], (int) s[5]));
                monthSet.add(month.getKey());
                for (int i = 0; i < total.length; i++) {
                    total[i] += s[i];
                }
            }
        }
        // an item's title is its template's: two channels' templates may word one code differently
        Map<String, String> titles = new HashMap<>();
        for (ChecklistTemplate template : session.reviews().templates()) {
            for (ChecklistItem item : template.getItems()) {
                titles.put(template.getId() + " " + item.getCode(), ChecklistTemplates.title(item));
                titles.putIfAbsent(item.getCode(), ChecklistTemplates.title(item));
            }
        }
        // two templates may give one item the same title: one bar
        Map<String, Integer> merged = new HashMap<>();
        failuresByItem(session.sql(), period).forEach((key, count) -> merged.merge(
                titles.getOrDefault(key, titles.getOrDefault(key.substring(key.indexOf(' ') + 1), key)), count,
                Integer::sum));
        Map<String, Integer> failures = new LinkedHashMap<>();
        merged.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> failures.put(e.getKey(), e.getValue()));
        return new Dashboard(grouping, new ArrayList<>(monthSet), rows, failures, (long) total[0],
                total[0] == 0 ? Double.NaN : total[1] / total[0], (long) total[2], (long) total[3], (long) total[4],
                (long) total[5]);
    }

    private static double[] cell(Map<String, Map<String, double[]>> sums, String group, String month) {
        return sums.computeIfAbsent(group, g -> new TreeMap<>()).computeIfAbsent(month, m -> new double[6]);
    }

    private static String group(Grouping grouping, Counts row, ResponsePolicies policies) {
        return switch (grouping) {
        case ACCOUNT_MANAGER -> row.key().isEmpty() ? Messages.Dashboard_Nobody : row.key();
        case CUSTOMER -> row.label();
        case TEAM -> policies.policyFor(row.key()).team();
        };
    }

    /** The first day of the last {@code months} months, this one included, in the clock's zone. */
    public static Instant periodStart(int months, Clock clock) {
        LocalDate first = LocalDate.now(clock).withDayOfMonth(1).minusMonths(months - 1L);
        return first.atStartOfDay(clock.getZone()).toInstant();
    }

    /** The groups with the most reviews, at most {@code limit}, for the trend chart. */
    public List<String> busiestGroups(int limit) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Row row : rows) {
            if (row.reviews() > 0) {
                counts.merge(row.group(), row.reviews(), Integer::sum);
            }
        }
        return counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(limit)
                .map(Map.Entry::getKey).toList();
    }

    /** The rows of one group, by month. */
    public Map<String, Row> rowsOf(String group) {
        Map<String, Row> result = new TreeMap<>();
        for (Row row : rows) {
            if (row.group().equals(group)) {
                result.put(row.month(), row);
            }
        }
        return result;
    }

    /**
     * The period's months. The month of an instant depends on the zone, so it is not computed in
     * SQL: a column's value gets the index of its month among the months' first instants.
     */
    private record Months(Date from, Date to, List<YearMonth> list, List<Long> ends) {

        Months(Instant from, Instant to, ZoneId zone) {
            this(Date.from(from), Date.from(to), new ArrayList<>(), new ArrayList<>());
            for (YearMonth m = YearMonth.from(from.atZone(zone)); list.isEmpty()
                    || m.atDay(1).atStartOfDay(zone).toInstant().isBefore(to); m = m.plusMonths(1)) {
                list.add(m);
                ends.add(m.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().toEpochMilli());
            }
        }

        /** An SQL expression: the index of the month of {@code column} (epoch milliseconds). */
        String index(String column) {
            StringBuilder sql = new StringBuilder("CASE"); //$NON-NLS-1$
            for (int i = 0; i < ends.size(); i++) {
                sql.append(" WHEN ").append(column).append(" < ").append(ends.get(i)).append(" THEN ").append(i); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            return sql.append(" END").toString(); //$NON-NLS-1$
        }

        String month(int index) {
            return list.get(index).toString();
        }
    }

    /** Four counts of one group (an account manager's name, a customer's id) in one month. */
    private record Counts(String key, String label, String month, long a, double b, long c, long d) {
    }

    /** The newest review of an interaction: no other review of it is newer. */
    private static final String NEWEST = " AND NOT EXISTS (SELECT 1 FROM ETHICS_REVIEW N" //$NON-NLS-1$
            + " WHERE N.INTERACTION_ID = R.INTERACTION_ID AND (N.REVIEWED_AT > R.REVIEWED_AT" //$NON-NLS-1$
            + " OR N.REVIEWED_AT = R.REVIEWED_AT AND N.ID > R.ID))"; //$NON-NLS-1$

    /**
     * Per group and month of the interaction: the newest reviews that judged something, the sum of
     * their scores, how many have a failed item and how many failed a critical one.
     */
    private static List<Counts> scores(Sql sql, boolean byCustomer, Months period) throws StoreException {
        String key = byCustomer ? "I.CUSTOMER_ID" : "I.ACCOUNT_MANAGER"; //$NON-NLS-1$ //$NON-NLS-2$
        String join = byCustomer ? " JOIN CUSTOMER C ON C.ID = I.CUSTOMER_ID" : ""; //$NON-NLS-1$ //$NON-NLS-2$
        String name = byCustomer ? "C.NAME" : "CAST(NULL AS VARCHAR(500))"; //$NON-NLS-1$ //$NON-NLS-2$
        return sql.query("SELECT T.GROUP_KEY, MAX(T.NAME), T.MONTH_INDEX, COUNT(*), SUM(T.SCORE)," //$NON-NLS-1$
                + " SUM(CASE WHEN T.VERDICTS LIKE '%:F%' THEN 1 ELSE 0 END)," //$NON-NLS-1$
                + " SUM(CASE WHEN T.PASSED THEN 0 ELSE 1 END) FROM (" //$NON-NLS-1$
                + "SELECT " + key + " AS GROUP_KEY, " + name + " AS NAME, " + period.index("I.STARTED_AT") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + " AS MONTH_INDEX, R.SCORE, R.PASSED, R.VERDICTS FROM ETHICS_REVIEW R" //$NON-NLS-1$
                + " JOIN INTERACTION I ON I.ID = R.INTERACTION_ID" + join //$NON-NLS-1$
                + " WHERE I.STARTED_AT >= ? AND I.STARTED_AT < ? AND R.JUDGED > 0" + NEWEST + ") T" //$NON-NLS-1$ //$NON-NLS-2$
                + " GROUP BY T.GROUP_KEY, T.MONTH_INDEX", //$NON-NLS-1$
                row -> new Counts(text(row.getString(1)), text(row.getString(2)), period.month(row.getInt(3)),
                        row.getLong(4), row.getDouble(5), row.getLong(6), row.getLong(7)),
                period.from(), period.to());
    }

    /**
     * Per group and month of settling: the promises settled (kept, broken, or open past due) and
     * those kept on time. Kept and broken are settled when closed, an open one when it fell due.
     */
    private static List<Counts> promises(Sql sql, boolean byCustomer, Months period) throws StoreException {
        String key = byCustomer ? "CM.CUSTOMER_ID" : "CM.OWNER"; //$NON-NLS-1$ //$NON-NLS-2$
        String join = byCustomer ? " JOIN CUSTOMER C ON C.ID = CM.CUSTOMER_ID" : ""; //$NON-NLS-1$ //$NON-NLS-2$
        String name = byCustomer ? "C.NAME" : "CAST(NULL AS VARCHAR(500))"; //$NON-NLS-1$ //$NON-NLS-2$
        String settled = "CASE WHEN CM.STATUS IN ('kept', 'broken') THEN COALESCE(CM.CLOSED_AT, CM.DUE_AT)" //$NON-NLS-1$
                + " ELSE CM.DUE_AT END"; //$NON-NLS-1$
        return sql.query("SELECT T.GROUP_KEY, MAX(T.NAME), T.MONTH_INDEX, COUNT(*), SUM(T.ON_TIME) FROM (" //$NON-NLS-1$
                + "SELECT " + key + " AS GROUP_KEY, " + name + " AS NAME, " + period.index(settled) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + " AS MONTH_INDEX, CASE WHEN CM.STATUS = 'kept' AND COALESCE(CM.CLOSED_AT, CM.DUE_AT) <= CM.DUE_AT" //$NON-NLS-1$
                + " THEN 1 ELSE 0 END AS ON_TIME FROM COMMITMENT CM" + join //$NON-NLS-1$
                + " WHERE CM.STATUS IN ('kept', 'broken', 'open', 'renegotiated')" //$NON-NLS-1$
                + " AND " + settled + " >= ? AND " + settled + " < ?) T" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + " GROUP BY T.GROUP_KEY, T.MONTH_INDEX", //$NON-NLS-1$
                row -> new Counts(text(row.getString(1)), text(row.getString(2)), period.month(row.getInt(3)),
                        row.getLong(4), row.getLong(5), 0, 0),
                period.from(), period.to());
    }

    private static String text(String value) {
        return value == null ? "" : value; //$NON-NLS-1$
    }

    /** How often each item ("template-id code") failed in the newest reviews of the period's interactions. */
    private static Map<String, Integer> failuresByItem(Sql sql, Months period) throws StoreException {
        Map<String, Integer> result = new LinkedHashMap<>();
        sql.query("SELECT R.TEMPLATE_ID, V.ITEM_CODE, COUNT(*) FROM ITEM_VERDICT V" //$NON-NLS-1$
                + " JOIN ETHICS_REVIEW R ON R.ID = V.REVIEW_ID JOIN INTERACTION I ON I.ID = R.INTERACTION_ID" //$NON-NLS-1$
                + " WHERE V.VERDICT = 'fail' AND I.STARTED_AT >= ? AND I.STARTED_AT < ?" + NEWEST //$NON-NLS-1$
                + " GROUP BY R.TEMPLATE_ID, V.ITEM_CODE", //$NON-NLS-1$
                row -> result.put(row.getLong(1) + " " + row.getString(2), row.getInt(3)), period.from(), //$NON-NLS-1$
                period.to());
        return result;
    }
}
