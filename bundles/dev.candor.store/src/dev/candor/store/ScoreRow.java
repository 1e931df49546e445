package dev.candor.store;

/**
 * Reviews of one account manager or customer in one month (by when the
 * interactions happened): how many, their average score and how many failed.
 *
 * @param key   the account manager's name or the customer's id
 * @param label what to show: the account manager's name or the customer's
 * @param month the month's first day, {@code yyyy-MM}
 * @since 0.1
 */
public record ScoreRow(String key, String label, String month, int reviews, double averageScore, int failedReviews) {
}
