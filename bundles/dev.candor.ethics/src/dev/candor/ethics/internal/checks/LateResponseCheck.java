package dev.candor.ethics.internal.checks;

import java.time.Duration;
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
 * Respond quickly: measured against the response-time policy through the
 * "respond" commitments Candor keeps for every message awaiting an answer.
 * An answer fails when it came after the time the policy allowed; a message
 * from the customer fails while its answer is overdue. Interactions that
 * neither owed nor gave an answer are not judged.
 */
public final class LateResponseCheck implements EthicsCheck {

    @Override
    public void check(ReviewContext context, Findings findings) {
        long id = context.interaction().getId();
        Date started = context.interaction().getStartedAt();
        long at = started == null ? -1 : started.getTime();
        boolean judged = false;
        for (CommitmentSummary commitment : context.commitments()) {
            if (commitment.kind() != CommitmentKind.RESPOND) {
                continue;
            }
            boolean owedHere = commitment.sourceInteractionId() != null && commitment.sourceInteractionId() == id;
            boolean answeredHere = context.isOutbound() && at >= 0 && commitment.closedAt() == at
                    && commitment.status() == CommitmentStatus.KEPT;
            if (answeredHere) {
                judged = true;
                if (commitment.closedAt() > commitment.dueAt()) {
                    findings.fail(NLS.bind(Messages.Late_Answered, late(commitment.closedAt() - commitment.dueAt())));
                    return;
                }
            } else if (owedHere) {
                judged = true;
                long closedOrNow = commitment.isOpen() || commitment.closedAt() <= 0 ? context.now() : commitment.closedAt();
                if (closedOrNow > commitment.dueAt() && commitment.status() != CommitmentStatus.CANCELLED) {
                    findings.fail(NLS.bind(commitment.isOpen() ? Messages.Late_StillOpen : Messages.Late_Answered,
                            late(closedOrNow - commitment.dueAt())));
                    return;
                }
            }
        }
        if (!judged) {
            findings.notApplicable(Messages.Late_NothingOwed);
        }
    }

    /** "3 h 20 min", "2 d 4 h": how late, for people. */
    static String late(long millis) {
        Duration d = Duration.ofMillis(millis);
        if (d.toDays() > 0) {
            return NLS.bind(Messages.Duration_DaysHours, d.toDays(), d.toHoursPart());
        }
        if (d.toHours() > 0) {
            return NLS.bind(Messages.Duration_HoursMinutes, d.toHours(), d.toMinutesPart());
        }
        return NLS.bind(Messages.Duration_Minutes, Math.max(1, d.toMinutes()));
    }
}
