package dev.candor.examples.feedback.ui.internal;

/**
 * What the example's tests read in its Feedback view, from a fragment that only tests install:
 * the example carries no test accessors either.
 */
public final class FeedbackProbe {

    private FeedbackProbe() {
    }

    /** What the view shows now ({@code null} while reading). */
    public static FeedbackRows shown(FeedbackView view) {
        return view.shown;
    }
}
