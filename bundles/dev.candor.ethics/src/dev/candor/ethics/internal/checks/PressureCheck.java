package dev.candor.ethics.internal.checks;

import dev.candor.ethics.EthicsCheck;
import dev.candor.ethics.Findings;
import dev.candor.ethics.ReviewContext;
import dev.candor.ethics.internal.Lexicons;
import dev.candor.ethics.internal.Messages;
import dev.candor.ethics.internal.Tokens;

/** No pressure: no false urgency, last chances or threats of regret to push a decision. */
public final class PressureCheck implements EthicsCheck {

    @Override
    public void check(ReviewContext context, Findings findings) {
        if (!context.isOutbound()) {
            findings.notApplicable(Messages.Check_Inbound);
            return;
        }
        Checks.failOnFirst(Tokens.of(context), Lexicons.PRESSURE, findings, Messages.Pressure_Found);
    }
}
