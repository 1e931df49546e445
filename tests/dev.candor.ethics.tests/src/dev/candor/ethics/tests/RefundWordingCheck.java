package dev.candor.ethics.tests;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.candor.ethics.EthicsCheck;
import dev.candor.ethics.Findings;
import dev.candor.ethics.ReviewContext;

/** A contributed check as a third party would write it (the example of schema/checks.exsd). */
public final class RefundWordingCheck implements EthicsCheck {

    private static final Pattern FULL_REFUND = Pattern.compile("(?i)full refund|100\\s*% refund");

    @Override
    public void check(ReviewContext context, Findings findings) {
        if (!context.isOutbound()) {
            findings.notApplicable("Written by the customer");
            return;
        }
        Matcher m = FULL_REFUND.matcher(context.text());
        if (m.find()) {
            findings.fail(m.start(), m.end(), "Promises a full refund, which our terms do not give");
        }
    }
}
