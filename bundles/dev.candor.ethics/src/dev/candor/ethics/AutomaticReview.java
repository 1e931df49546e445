package dev.candor.ethics;

import java.util.List;
import java.util.Map;

import dev.candor.model.Verdict;

/**
 * The automatic checks' findings for one interaction: per checklist item (in
 * the order the checks were contributed), per check, and the checks that
 * gave no answer (they threw, timed out or were switched off after repeated
 * failures; the Error Log says why).
 *
 * @param items   per item code: the first failure of any check informing it, else a pass, else not applicable
 * @param checks  per check id: what that check alone found
 * @since 0.1
 */
public record AutomaticReview(Map<String, ItemResult> items, Map<String, ItemResult> checks,
        List<String> skippedChecks) {

    /** The result for {@code itemCode}, or {@code null} when no check informs it. */
    public ItemResult item(String itemCode) {
        return items.get(itemCode);
    }

    /** Whether a check found a problem with {@code itemCode}. */
    public boolean fails(String itemCode) {
        ItemResult result = items.get(itemCode);
        return result != null && result.verdict() == Verdict.FAIL;
    }

    /** Whether check {@code checkId} found a problem. */
    public boolean checkFails(String checkId) {
        ItemResult result = checks.get(checkId);
        return result != null && result.verdict() == Verdict.FAIL;
    }
}
