package dev.candor.ethics;

/**
 * Where an {@link EthicsCheck} reports. Evidence is a span of
 * {@link ReviewContext#text()}; the engine quotes it.
 *
 * @noimplement This interface is not intended to be implemented by clients.
 * @since 0.1
 */
public interface Findings {

    /** The item fails: the text from {@code start} to {@code end} shows why, {@code comment} says it. */
    void fail(int start, int end, String comment);

    /** The item fails for a reason that is not in the text (late answer, broken promise). */
    void fail(String comment);

    /** The check does not apply to this interaction (a phone call has no written greeting). */
    void notApplicable(String comment);
}
