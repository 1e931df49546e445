package dev.candor.ethics.internal.checks;

import dev.candor.ethics.EthicsCheck;
import dev.candor.ethics.Findings;
import dev.candor.ethics.ReviewContext;
import dev.candor.ethics.internal.Lexicons;
import dev.candor.ethics.internal.Messages;
import dev.candor.ethics.internal.PhraseIndex;
import dev.candor.ethics.internal.Tokens;
import dev.candor.model.Channel;

/**
 * Courtesy in writing: a message to the customer opens with a greeting and,
 * as an e-mail or a letter, ends with a closing. The subject line is not part
 * of the message; calls and meetings are summaries, so the check does not
 * apply to them.
 */
public final class GreetingCheck implements EthicsCheck {

    /** A greeting is looked for among the message's first words. */
    private static final int OPENING_WORDS = 6;
    /** A closing is looked for in the last sentences' words. */
    private static final int CLOSING_WORDS = 14;

    @Override
    public void check(ReviewContext context, Findings findings) {
        if (!context.isWrittenToCustomer()) {
            findings.notApplicable(Messages.Check_NotWritten);
            return;
        }
        Tokens tokens = Tokens.of(context);
        int body = Checks.firstWordOfNotes(context, tokens);
        if (body >= tokens.size()) {
            findings.notApplicable(Messages.Check_NoText);
            return;
        }
        boolean greeted = false;
        for (PhraseIndex.Match match : Lexicons.GREETING.find(tokens)) {
            if (match.first() >= body && match.first() < body + OPENING_WORDS) {
                greeted = true;
                break;
            }
        }
        if (!greeted) {
            int[] span = tokens.sentenceSpan(body);
            findings.fail(span[0], span[1], Messages.Greeting_Missing);
            return;
        }
        Channel channel = context.channel();
        if (channel == Channel.EMAIL || channel == Channel.LETTER) {
            int from = Math.max(body + 1, tokens.size() - CLOSING_WORDS);
            boolean closed = false;
            for (PhraseIndex.Match match : Lexicons.CLOSING.find(tokens)) {
                if (match.first() >= from) {
                    closed = true;
                    break;
                }
            }
            if (!closed) {
                int[] span = tokens.sentenceSpan(tokens.size() - 1);
                findings.fail(span[0], span[1], Messages.Closing_Missing);
            }
        }
    }
}
