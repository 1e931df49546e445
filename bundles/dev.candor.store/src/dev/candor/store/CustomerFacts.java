package dev.candor.store;

import java.util.Date;
import java.util.List;

import dev.candor.model.Channel;

/**
 * What an account manager sees first about a customer.
 *
 * @param lastContactAt start of the newest interaction, {@code null} if there is none
 * @param lastContactChannel its channel, {@code null} if there is none
 * @param scores average ethics review score per month, oldest first (at most twelve months)
 * @since 0.1
 */
public record CustomerFacts(long interactions, long openCommitments, long overdueCommitments, Date lastContactAt,
        Channel lastContactChannel, List<ScorePoint> scores) {

    /**
     * The average review score of one month.
     *
     * @param month the first day of the month
     * @param score average score from 0 to 100
     * @param reviews how many reviews the average is over
     */
    public record ScorePoint(Date month, double score, int reviews) {
    }
}
