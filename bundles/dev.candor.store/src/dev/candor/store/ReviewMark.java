package dev.candor.store;

import dev.candor.model.ReviewKind;

/**
 * The newest review of an interaction, as the history shows it.
 *
 * @param score  0–100; meaningless when {@code judged} is 0
 * @param passed no critical item failed
 * @param judged how many items were judged (passed or failed)
 * @since 0.1
 */
public record ReviewMark(long interactionId, long reviewId, double score, boolean passed, int judged, ReviewKind kind,
        String reviewer) {
}
