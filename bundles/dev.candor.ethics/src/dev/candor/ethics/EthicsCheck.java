package dev.candor.ethics;

/**
 * One automatic check of an interaction against customer-service ethics,
 * contributed through the {@code dev.candor.ethics.checks} extension point.
 * The contribution names the checklist item it informs; the check reports
 * what it found to {@link Findings}: a failure with the text that shows it,
 * that nothing was found, or that it does not apply.
 * <p>
 * The engine calls one instance from several threads at once, so a check
 * keeps no state between calls. A check that throws or takes longer than its
 * timeout is left out of the review (the item stays for a person to judge)
 * and reported in the Error Log; the review itself goes on.
 *
 * @since 0.1
 */
public interface EthicsCheck {

    /**
     * Looks at the interaction in {@code context} and reports to {@code findings}.
     * Reporting nothing means the check found nothing wrong.
     */
    void check(ReviewContext context, Findings findings);
}
