package dev.candor.ethics.internal.checks;

import dev.candor.ethics.EthicsCheck;
import dev.candor.ethics.Findings;
import dev.candor.ethics.ReviewContext;
import dev.candor.ethics.internal.Lexicons;
import dev.candor.ethics.internal.Messages;
import dev.candor.ethics.internal.Tokens;

/** Plain language: no slang, chat shorthand or jargon in what the customer reads or hears. */
public final class SlangCheck implements EthicsCheck {

    @Override
    public void check(ReviewContext context, Findings findings) {
        if (!context.isOutbound()) {
            findings.notApplicable(Messages.Check_Inbound);
            return;
        }
        Checks.failOnFirst(Tokens.of(context), Lexicons.SLANG, findings, Messages.Slang_Found);
    }
}
