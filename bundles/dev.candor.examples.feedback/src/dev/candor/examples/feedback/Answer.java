package dev.candor.examples.feedback;

import java.time.Instant;

/**
 * A customer's answer to a satisfaction survey, and what the team did about it. Kept in the
 * example's own table ({@code FEEDBACK.ANSWER}), not in Candor's.
 *
 * @param id            0 until stored
 * @param version       for optimistic locking; 0 until stored
 * @param interactionId the interaction it is about, or {@code null}
 * @param rating        0 to 10
 * @param text          the customer's words, or {@code null}
 * @param answeredAt    when the team answered, or {@code null} while it waits
 * @param actionTaken   what was done, or {@code null}
 * @since 0.1
 */
public record Answer(long id, int version, long customerId, Long interactionId, Instant receivedAt, int rating,
        String text, Instant answeredAt, String actionTaken) {

    /** A new answer, not stored yet. */
    public static Answer received(long customerId, Long interactionId, Instant receivedAt, int rating, String text) {
        return new Answer(0, 0, customerId, interactionId, receivedAt, rating, text, null, null);
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    /** The same answer, answered at {@code at} with {@code action}. */
    public Answer answered(Instant at, String action) {
        return new Answer(id, version, customerId, interactionId, receivedAt, rating, text, at, action);
    }
}
