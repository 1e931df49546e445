package dev.candor.examples.feedback.internal;

import java.text.DateFormat;
import java.time.Instant;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import dev.candor.ethics.EthicsCheck;
import dev.candor.ethics.Findings;
import dev.candor.ethics.ReviewContext;
import dev.candor.examples.feedback.FeedbackDue;
import dev.candor.model.Feedback;

/**
 * "Feedback answered within 2 business days": at the time of the interaction, was every
 * piece of the customer's earlier feedback answered in time (or not yet due)?
 */
public final class FeedbackAnsweredCheck implements EthicsCheck {

    @Override
    public void check(ReviewContext context, Findings findings) {
        if (context.interaction().getStartedAt() == null) {
            findings.notApplicable(Messages.Check_NoTime);
            return;
        }
        Instant when = context.interaction().getStartedAt().toInstant();
        int earlier = 0;
        Feedback late = null;
        int lateCount = 0;
        for (Feedback feedback : context.feedback()) { // newest first
            if (feedback.getReceivedAt() == null || feedback.getReceivedAt().toInstant().isAfter(when)) {
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
        String received = format.format(late.getReceivedAt());
        boolean answered = late.getAnsweredAt() != null && !late.getAnsweredAt().toInstant().isAfter(when);
        int days = FeedbackDue.businessDays(late.getReceivedAt().toInstant(),
                answered ? late.getAnsweredAt().toInstant() : when, context.calendar());
        String first = answered
                ? NLS.bind(Messages.Check_AnsweredLate, new Object[] { received, late.getRating(), days })
                : NLS.bind(Messages.Check_Unanswered, new Object[] { received, late.getRating(), days });
        findings.fail(lateCount == 1 ? first : NLS.bind(Messages.Check_More, first, lateCount - 1));
    }
}
