package dev.candor.ethics.ui.internal;

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
import dev.candor.ethics.ChecklistTemplates;
import dev.candor.model.ChecklistItem;
import dev.candor.model.ChecklistTemplate;
import dev.candor.store.KeptRate;
import dev.candor.store.ReviewRepository;
import dev.candor.store.ScoreRow;
import dev.candor.store.StoreException;
import dev.candor.store.StoreSession;

/**
 * The figures of the quality dashboard, read in one transaction: per group
 * (account manager, team or customer) and month the reviews, their average
 * score and failures; the most failed items; and the kept-on-time rate of
 * promises per group. Teams are the response-time policies' teams; a team's
 * month is the review-weighted average of its members'.
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
        Date from = periodStart(months, clock);
        Date to = Date.from(clock.instant());
        ReviewRepository reviews = session.reviews();
        List<ScoreRow> scores = reviews.scores(grouping == Grouping.CUSTOMER ? ReviewRepository.Grouping.CUSTOMER
                : ReviewRepository.Grouping.ACCOUNT_MANAGER, from, to, zone);
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
        for (ScoreRow row : scores) {
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
        for (ChecklistTemplate template : reviews.templates()) {
            for (ChecklistItem item : template.getItems()) {
                titles.put(item.getCode(), ChecklistTemplates.title(item));
            }
        }
        Map<String, Integer> failures = new LinkedHashMap<>();
        reviews.failuresByItem(from, null).forEach((code, count) -> failures.put(titles.getOrDefault(code, code), count));
        return new Dashboard(grouping, new ArrayList<>(monthSet), rows, failures, total,
                total == 0 ? Double.NaN : scoreSum / total, failed);
    }

    /** The first day of the last {@code months} months, this one included, in the clock's zone. */
    public static Date periodStart(int months, java.time.Clock clock) {
        LocalDate first = LocalDate.now(clock).withDayOfMonth(1).minusMonths(months - 1L);
        return Date.from(first.atStartOfDay(clock.getZone()).toInstant());
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

    /** The table as CSV (RFC 4180, UTF-8): header, then one line per group and month. */
    public String csv() {
        StringBuilder out = new StringBuilder();
        line(out, Messages.Dashboard_ColumnGroup, Messages.Dashboard_ColumnMonth, Messages.Dashboard_ColumnReviews,
                Messages.Dashboard_ColumnAverage, Messages.Dashboard_ColumnFailed, Messages.Dashboard_ColumnKept);
        for (Row row : rows) {
            line(out, row.group(), row.month(), String.valueOf(row.reviews()),
                    String.format(java.util.Locale.ROOT, "%.1f", row.averageScore()), //$NON-NLS-1$
                    String.valueOf(row.failedReviews()), Double.isNaN(row.keptRate()) ? "" //$NON-NLS-1$
                            : String.format(java.util.Locale.ROOT, "%.1f", 100 * row.keptRate())); //$NON-NLS-1$
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            String cell = cells[i] == null ? "" : cells[i]; //$NON-NLS-1$
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                out.append('"').append(cell.replace("\"", "\"\"")).append('"'); //$NON-NLS-1$ //$NON-NLS-2$
            } else {
                out.append(cell);
            }
        }
        out.append("\r\n"); //$NON-NLS-1$
    }
}
