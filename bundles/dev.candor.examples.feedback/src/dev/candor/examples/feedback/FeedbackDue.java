package dev.candor.examples.feedback;

import java.time.Instant;
import java.time.LocalDate;

import dev.candor.commitments.BusinessCalendar;
import dev.candor.model.Feedback;

/**
 * The team's rule for feedback: every piece is answered within two business days.
 *
 * @since 0.1
 */
public final class FeedbackDue {

    /** Business days a piece of feedback may wait for its answer. */
    public static final int BUSINESS_DAYS = 2;

    private FeedbackDue() {
    }

    /** When the answer is due. */
    public static Instant due(Feedback feedback, BusinessCalendar calendar) {
        return calendar.plusBusinessDays(feedback.getReceivedAt().toInstant(), BUSINESS_DAYS);
    }

    /** Whether the feedback was still waiting past its due time at {@code when}, or was answered late before it. */
    public static boolean lateAt(Feedback feedback, BusinessCalendar calendar, Instant when) {
        Instant due = due(feedback, calendar);
        return when.isAfter(due) && (feedback.getAnsweredAt() == null || feedback.getAnsweredAt().toInstant().isAfter(due));
    }

    /** Business days from receipt to the answer, or to {@code now} while unanswered. */
    public static int businessDaysWaited(Feedback feedback, BusinessCalendar calendar, Instant now) {
        return businessDays(feedback.getReceivedAt().toInstant(),
                feedback.getAnsweredAt() != null ? feedback.getAnsweredAt().toInstant() : now, calendar);
    }

    /** Working days after {@code from}'s day up to and including {@code to}'s day. */
    public static int businessDays(Instant from, Instant to, BusinessCalendar calendar) {
        LocalDate day = from.atZone(calendar.zone()).toLocalDate();
        LocalDate last = to.atZone(calendar.zone()).toLocalDate();
        int days = 0;
        while (day.isBefore(last)) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                days++;
            }
        }
        return days;
    }
}
