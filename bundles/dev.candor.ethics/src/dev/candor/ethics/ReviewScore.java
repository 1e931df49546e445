package dev.candor.ethics;

import java.util.ArrayList;
import java.util.List;

import dev.candor.model.ChecklistItem;
import dev.candor.model.ChecklistTemplate;
import dev.candor.model.ItemVerdict;
import dev.candor.model.Verdict;

/**
 * The score of a review against its template version: the weight of the
 * items passed over the weight of the items judged (pass or fail), as a
 * percentage; not-applicable and unreviewed items count for nothing. A failed
 * critical item fails the review whatever the percentage.
 *
 * @param percent        0–100, or {@link Double#NaN} when no item was judged
 * @param failedCritical the codes of the critical items that failed
 * @since 0.1
 */
public record ReviewScore(double percent, int judged, int failed, List<String> failedCritical) {

    /** Whether the review passes: something was judged and no critical item failed. */
    public boolean passed() {
        return judged > 0 && failedCritical.isEmpty();
    }

    public static ReviewScore of(ChecklistTemplate template, List<ItemVerdict> verdicts) {
        double passedWeight = 0;
        double judgedWeight = 0;
        int judged = 0;
        int failed = 0;
        List<String> critical = new ArrayList<>();
        for (ItemVerdict verdict : verdicts) {
            ChecklistItem item = item(template, verdict.getItemCode());
            double weight = item == null ? 1 : item.getWeight();
            if (verdict.getVerdict() == Verdict.PASS) {
                passedWeight += weight;
                judgedWeight += weight;
                judged++;
            } else if (verdict.getVerdict() == Verdict.FAIL) {
                judgedWeight += weight;
                judged++;
                failed++;
                if (item != null && item.isCritical()) {
                    critical.add(item.getCode());
                }
            }
        }
        double percent = judgedWeight == 0 ? Double.NaN : 100 * passedWeight / judgedWeight;
        return new ReviewScore(percent, judged, failed, List.copyOf(critical));
    }

    private static ChecklistItem item(ChecklistTemplate template, String code) {
        for (ChecklistItem item : template.getItems()) {
            if (item.getCode().equals(code)) {
                return item;
            }
        }
        return null;
    }
}
