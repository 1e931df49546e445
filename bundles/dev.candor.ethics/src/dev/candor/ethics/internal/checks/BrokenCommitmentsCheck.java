package dev.candor.ethics.internal.checks;

import java.util.Date;

import org.eclipse.osgi.util.NLS;

import dev.candor.ethics.EthicsCheck;
import dev.candor.ethics.Findings;
import dev.candor.ethics.ReviewContext;
import dev.candor.ethics.internal.Messages;
import dev.candor.model.CommitmentKind;
import dev.candor.model.CommitmentStatus;
import dev.candor.store.CommitmentSummary;

/**
 * Keep every promise: when this interaction happened, were earlier promises
 * to this customer broken or overdue? Broken ones count for
 * {@value #WINDOW_DAYS} days after they were closed; an overdue one counts
 * while it stays open past its due time. Answers owed ("respond" commitments)
 * are the late-response check's business.
 */
public final class BrokenCommitmentsCheck implements EthicsCheck {

    static final int WINDOW_DAYS = 90;
    private static final long WINDOW = WINDOW_DAYS * 24L * 3600 * 1000;

    @Override
    public void check(ReviewContext context, Findings findings) {
        Date started = context.interaction().getStartedAt();
        long at = started == null ? context.now() : started.getTime();
        int broken = 0;
        String first = null;
        boolean any = false;
        for (CommitmentSummary c : context.commitments()) {
            if (c.kind() == CommitmentKind.RESPOND || c.createdAt() > at) {
                continue;
            }
            any = true;
            boolean brokenBefore = c.status() == CommitmentStatus.BROKEN && c.closedAt() > 0 && c.closedAt() <= at
                    && at - c.closedAt() <= WINDOW;
            boolean overdueThen = c.dueAt() < at && (c.isOpen() || c.closedAt() > at)
                    && c.status() != CommitmentStatus.CANCELLED;
            if (brokenBefore || overdueThen) {
                broken++;
                if (first == null) {
                    first = c.description();
                }
            }
        }
        if (!any) {
            findings.notApplicable(Messages.Broken_NoPromises);
        } else if (broken > 0) {
            findings.fail(NLS.bind(Messages.Broken_Found, broken, first));
        }
    }
}
