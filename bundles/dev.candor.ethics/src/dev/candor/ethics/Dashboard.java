package dev.candor.ethics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.candor.commitments.ResponsePolicies;
import dev.candor.ethics.internal.Messages;
import dev.candor.model.ChecklistItem;
import dev.candor.model.ChecklistTemplate;
import dev.candor.store.KeptRate;
import dev.candor.store.Sql;
import dev.candor.store.StoreException;
import dev.candor.store.StoreSession;

/**
 * The figures of the Quality Dashboard, read in one transaction: per group
 * (account manager, team or customer) and month the reviews, their average
 * score and failures; the most failed items; and the kept-on-time rate of
 * promises per group. Teams are the response-time policies' teams; a team's
 * month is the review-weighted average of its members'. The aggregations are this feature's own
 * queries, over Candor's tables.
 *
 * @since 0.1
 */
public record Dashboard(Grouping grouping, List<String> months, List<Row> rows, Map<String, Integer> failures,
        long reviews, double averageScore, long failedReviews) {

    /** How the dashboard groups. */
    public enum Grouping {
        ACCOUNT_MANAGER, TEAM, CUSTOMER
    }

    /** One group in one month. {@code keptRate} (promises kept on time, 0–1, all time) is NaN for customers. */
    public record Row(String group, String month, int reviews, double averageScore, int failedReviews, double keptRate) {
    }

    /** Reads the last {@code months} months (this one included) as of the clock's time, months of its zone. */
    public static Dashboard read(StoreSession session, Grouping grouping, int months, java.time.Clock clock)
            throws StoreException {
        ZoneId zone = clock.getZone();
        Date from = Date.from(periodStart(months, clock));
        Date to = Date.from(clock.instant());
        List<Scores> scores = scores(session.sql(), grouping == Grouping.CUSTOMER, from, to, zone);
        ResponsePolicies policies = grouping == Grouping.TEAM ? ResponsePolicies.load(session, zone, new ArrayList<>()) : null;
        // kept on time / decided, per account manager or per team (the sum of its members')
        Map<String, long[]> keptCounts = new java.util.HashMap<>();
        if (grouping != Grouping.CUSTOMER) {
            for (KeptRate rate : session.commitments().keptRates(true, to)) {
                String group = grouping == Grouping.TEAM ? policies.policyFor(rate.key()).team() : rate.key();
                long[] c = keptCounts.computeIfAbsent(group, g -> new long[2]);
                c[0] += rate.keptOnTime();
                c[1] += rate.decided();
            }
        }
        Map<String, Double> kept = new java.util.HashMap<>();
        keptCounts.forEach((group, c) -> kept.put(group, c[1] == 0 ? Double.NaN : (double) c[0] / c[1]));
        // group -> month -> [reviews, score sum, failed]
        Map<String, Map<String, double[]>> sums = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Scores row : scores) {
            String group = switch (grouping) {
            case ACCOUNT_MANAGER -> row.label().isEmpty() ? Messages.Dashboard_Nobody : row.label();
            case CUSTOMER -> row.label();
            case TEAM -> policies.policyFor(row.key()).team();
            };
            double[] s = sums.computeIfAbsent(group, g -> new TreeMap<>()).computeIfAbsent(row.month(), m -> new double[3]);
            s[0] += row.reviews();
            s[1] += row.averageScore() * row.reviews();
            s[2] += row.failedReviews();
        }
        List<Row> rows = new ArrayList<>();
        TreeSet<String> monthSet = new TreeSet<>();
        long total = 0;
        double scoreSum = 0;
        long failed = 0;
        for (var group : sums.entrySet()) {
            for (var month : group.getValue().entrySet()) {
                double[] s = month.getValue();
                rows.add(new Row(group.getKey(), month.getKey(), (int) s[0], s[1] / s[0], (int) s[2],
                        kept.getOrDefault(group.getKey(), Double.NaN)));
                monthSet.add(month.getKey());
                total += (long) s[0];
                scoreSum += s[1];
                failed += (long) s[2];
            }
        }
        Map<String, String> titles = new java.util.HashMap<>();
        for (ChecklistTemplate template : session.reviews().templates()) {
            for (ChecklistItem item : template.getItems()) {
                titles.put(item.getCode(), ChecklistTemplates.title(item));
            }
        }
        Map<String, Integer> failures = new LinkedHashMap<>();
        failuresByItem(session.sql(), from).forEach((code, count) -> failures.put(titles.getOrDefault(code, code), count));
        return new Dashboard(grouping, new ArrayList<>(monthSet), rows, failures, total,
                total == 0 ? Double.NaN : scoreSum / total, failed);
    }

    /** The first day of the last {@code months} months, this one included, in the clock's zone. */
    public static java.time.Instant periodStart(int months, java.time.Clock clock) {
        LocalDate first = LocalDate.now(clock).withDayOfMonth(1).minusMonths(months - 1L);
        return first.atStartOfDay(clock.getZone()).toInstant();
    }

    /** The groups with the most reviews, at most {@code limit}, for the trend chart. */
    public List<String> busiestGroups(int limit) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Row row : rows) {
            counts.merge(row.group(), row.reviews(), Integer::sum);
        }
        return counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(limit)
                .map(Map.Entry::getKey).toList();
    }

    /** The reviews of one group (an account manager's name or a customer's id) in one month ({@code yyyy-MM}). */
    private record Scores(String key, String label, String month, int reviews, double averageScore, int failedReviews) {
    }

    /**
     * Review scores per month and account manager or customer, of interactions from {@code from}
     * until before {@code to}. The month of an instant depends on the zone, so it is not computed
     * in SQL: each interaction gets the index of its month among the months' first instants.
     */
    private static List<Scores> scores(Sql sql, boolean byCustomer, Date from, Date to, ZoneId zone)
            throws StoreException {
        String key = byCustomer ? "I.CUSTOMER_ID" : "I.ACCOUNT_MANAGER"; //$NON-NLS-1$ //$NON-NLS-2$
        String label = byCustomer ? "MAX(T.NAME)" : "T.GROUP_KEY"; //$NON-NLS-1$ //$NON-NLS-2$
        String join = byCustomer ? " JOIN CUSTOMER C ON C.ID = I.CUSTOMER_ID" : ""; //$NON-NLS-1$ //$NON-NLS-2$
        String name = byCustomer ? "C.NAME" : "CAST(NULL AS VARCHAR(500))"; //$NON-NLS-1$ //$NON-NLS-2$
        java.time.YearMonth first = java.time.YearMonth.from(from.toInstant().atZone(zone));
        List<java.time.YearMonth> months = new ArrayList<>();
        StringBuilder month = new StringBuilder("CASE"); //$NON-NLS-1$
        for (java.time.YearMonth m = first; months.isEmpty()
                || m.atDay(1).atStartOfDay(zone).toInstant().isBefore(to.toInstant()); m = m.plusMonths(1)) {
            months.add(m);
            month.append(" WHEN I.STARTED_AT < ").append(m.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant() //$NON-NLS-1$
                    .toEpochMilli()).append(" THEN ").append(months.size() - 1); //$NON-NLS-1$
        }
        month.append(" END"); //$NON-NLS-1$
        List<Scores> result = new ArrayList<>(sql.query("SELECT T.GROUP_KEY, " + label //$NON-NLS-1$
                + ", T.MONTH_INDEX, COUNT(*), AVG(T.SCORE), SUM(CASE WHEN T.PASSED THEN 0 ELSE 1 END) FROM (" //$NON-NLS-1$
                + "SELECT " + key + " AS GROUP_KEY, " + name + " AS NAME, " + month + " AS MONTH_INDEX," //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + " R.SCORE, R.PASSED FROM ETHICS_REVIEW R JOIN INTERACTION I ON I.ID = R.INTERACTION_ID" + join //$NON-NLS-1$
                + " WHERE I.STARTED_AT >= ? AND I.STARTED_AT < ? AND R.JUDGED > 0) T" //$NON-NLS-1$
                + " GROUP BY T.GROUP_KEY, T.MONTH_INDEX", row -> { //$NON-NLS-1$
                    String k = row.getString(1);
                    String l = row.getString(2);
                    return new Scores(k == null ? "" : k, l == null ? "" : l, //$NON-NLS-1$ //$NON-NLS-2$
                            months.get(row.getInt(3)).toString(), row.getInt(4), row.getDouble(5), row.getInt(6));
                }, from, to));
        result.sort(java.util.Comparator.comparing(Scores::label).thenComparing(Scores::month));
        return result;
    }

    /** How often each item failed in reviews of interactions since {@code from}, most failed first. */
    private static Map<String, Integer> failuresByItem(Sql sql, Date from) throws StoreException {
        Map<String, Integer> result = new LinkedHashMap<>();
        sql.query("SELECT V.ITEM_CODE, COUNT(*) FROM ITEM_VERDICT V" //$NON-NLS-1$
                + " JOIN ETHICS_REVIEW R ON R.ID = V.REVIEW_ID JOIN INTERACTION I ON I.ID = R.INTERACTION_ID" //$NON-NLS-1$
                + " WHERE V.VERDICT = 'fail' AND I.STARTED_AT >= ? GROUP BY V.ITEM_CODE ORDER BY 2 DESC, 1", //$NON-NLS-1$
                row -> result.put(row.getString(1), row.getInt(2)), from);
        return result;
    }
}
