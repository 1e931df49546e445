package dev.candor.examples.feedback.internal;

import java.text.DateFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import dev.candor.ethics.EthicsCheck;
import dev.candor.ethics.Findings;
import dev.candor.ethics.ReviewContext;
import dev.candor.examples.feedback.FeedbackDue;
import dev.candor.examples.feedback.Answer;
import dev.candor.nls.Plurals;

/**
 * "Feedback answered within 2 business days": at the time of the interaction, was every
 * piece of the customer's earlier feedback answered in time (or not yet due)?
 */
public final class FeedbackAnsweredCheck implements EthicsCheck {

    /** The check's id as contributed: the key of its data in the review context. */
    public static final String ID = "dev.candor.examples.feedback.answered"; //$NON-NLS-1$

    /** The customer's answers that {@link FeedbackCheckData} read, newest first. */
    @SuppressWarnings("unchecked")
    private static List<Answer> answers(ReviewContext context) {
        return context.data(ID) instanceof List<?> list ? (List<Answer>) list : List.of();
    }

    @Override
    public void check(ReviewContext context, Findings findings) {
        if (context.interaction().getStartedAt() == null) {
            findings.notApplicable(Messages.Check_NoTime);
            return;
        }
        Instant when = context.interaction().getStartedAt().toInstant();
        int earlier = 0;
        Answer late = null;
        int lateCount = 0;
        for (Answer feedback : answers(context)) { // newest first
            if (feedback.receivedAt() == null || feedback.receivedAt().isAfter(when)) {
                continue;
            }
            earlier++;
            if (FeedbackDue.lateAt(feedback, context.calendar(), when)) {
                lateCount++;
                if (late == null) {
                    late = feedback;
                }
            }
        }
        if (earlier == 0) {
            findings.notApplicable(Messages.Check_NoFeedback);
            return;
        }
        if (late == null) {
            return;
        }
        DateFormat format = DateFormat.getDateInstance(DateFormat.MEDIUM, Locale.getDefault());
        format.setTimeZone(java.util.TimeZone.getTimeZone(context.calendar().zone()));
        String received = format.format(java.util.Date.from(late.receivedAt()));
        boolean answered = late.answeredAt() != null && !late.answeredAt().isAfter(when);
        int days = FeedbackDue.businessDays(late.receivedAt(), answered ? late.answeredAt() : when, context.calendar());
        String first = answered
                ? Plurals.format(Messages.Check_AnsweredLate, new Object[] { received, late.rating(), days })
                : Plurals.format(Messages.Check_Unanswered, new Object[] { received, late.rating(), days });
        findings.fail(lateCount == 1 ? first : NLS.bind(Messages.Check_More, first, lateCount - 1));
    }
}
