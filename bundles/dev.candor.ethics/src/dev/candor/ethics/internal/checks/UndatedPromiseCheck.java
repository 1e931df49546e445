package dev.candor.ethics.internal.checks;

import java.time.Instant;
import java.time.ZonedDateTime;

import dev.candor.commitments.PromiseDetector;
import dev.candor.commitments.PromiseSuggestion;
import dev.candor.ethics.EthicsCheck;
import dev.candor.ethics.Findings;
import dev.candor.ethics.ReviewContext;
import dev.candor.ethics.internal.Messages;

/**
 * Keep every promise within a promised time: a promise made to the customer
 * ("I will send the offer") names when ("by Friday"); one without a time
 * cannot be kept on time and leaves the customer guessing.
 */
public final class UndatedPromiseCheck implements EthicsCheck {

    private static final PromiseDetector DETECTOR = new PromiseDetector();

    @Override
    public void check(ReviewContext context, Findings findings) {
        if (!context.isOutbound() && context.interaction().getChannel() != null
                && context.interaction().getChannel() != dev.candor.model.Channel.PHONE
                && context.interaction().getChannel() != dev.candor.model.Channel.MEETING) {
            findings.notApplicable(Messages.Check_Inbound);
            return;
        }
        java.util.Date started = context.interaction().getStartedAt();
        ZonedDateTime when = (started == null ? Instant.ofEpochMilli(context.now()) : started.toInstant())
                .atZone(context.zone());
        // the notes, when there are any: a subject ("Will call back") is a title, not a promise
        String notes = context.interaction().getNotes();
        String subject = context.interaction().getSubject();
        boolean body = notes != null && !notes.isBlank() && subject != null;
        String text = body ? context.text().substring(subject.length() + 1) : context.text();
        int offset = body ? subject.length() + 1 : 0;
        for (PromiseSuggestion promise : DETECTOR.detect(text, when, context.calendar())) {
            if (!promise.hasDue()) {
                findings.fail(offset + promise.start(), offset + promise.end(), Messages.Promise_Undated);
                return;
            }
        }
    }
}
