package dev.candor.examples.feedback;

import java.time.Instant;
import java.time.LocalDate;

import dev.candor.commitments.BusinessCalendar;

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
    public static Instant due(Answer answer, BusinessCalendar calendar) {
        return calendar.plusBusinessDays(answer.receivedAt(), BUSINESS_DAYS);
    }

    /** Whether the feedback was still waiting past its due time at {@code when}, or was answered late before it. */
    public static boolean lateAt(Answer answer, BusinessCalendar calendar, Instant when) {
        Instant due = due(answer, calendar);
        return when.isAfter(due) && (answer.answeredAt() == null || answer.answeredAt().isAfter(due));
    }

    /** Business days from receipt to the answer, or to {@code now} while unanswered. */
    public static int businessDaysWaited(Answer answer, BusinessCalendar calendar, Instant now) {
        return businessDays(answer.receivedAt(), answer.answeredAt() != null ? answer.answeredAt() : now, calendar);
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
