package dev.candor.ethics;

import dev.candor.model.Verdict;

/**
 * What the automatic checks found for one checklist item: the verdict, the
 * evidence (a quoted span of the text, {@code start}/{@code end} -1 when the
 * reason is not in the text), a comment, and the check that decided.
 *
 * @since 0.1
 */
public record ItemResult(String itemCode, Verdict verdict, int start, int end, String evidence, String comment,
        String checkId) {
}
