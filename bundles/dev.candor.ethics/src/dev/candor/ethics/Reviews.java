package dev.candor.ethics;

import java.util.Date;

import dev.candor.model.CandorFactory;
import dev.candor.model.ChecklistItem;
import dev.candor.model.ChecklistTemplate;
import dev.candor.model.EthicsReview;
import dev.candor.model.ItemVerdict;
import dev.candor.model.ReviewKind;
import dev.candor.model.Verdict;

/**
 * Turns what the automatic checks found into a review of an interaction
 * against a template version: one verdict per item of the template, the
 * items no check informs left unreviewed for a person.
 *
 * @since 0.1
 */
public final class Reviews {

    /** The reviewer named on automatic reviews. */
    public static final String AUTOMATIC_REVIEWER = "Candor"; //$NON-NLS-1$

    /** Evidence longer than this is quoted shortened; its offsets still span all of it. */
    static final int MAX_QUOTE = 1_000;

    private Reviews() {
    }

    private static String quote(String evidence) {
        return evidence == null || evidence.length() <= MAX_QUOTE ? evidence
                : evidence.substring(0, MAX_QUOTE - 1) + "\u2026"; //$NON-NLS-1$
    }

    public static EthicsReview automatic(ChecklistTemplate template, long interactionId, AutomaticReview found,
            Date when) {
        EthicsReview review = CandorFactory.eINSTANCE.createEthicsReview();
        review.setInteractionId(interactionId);
        review.setTemplateId(template.getId());
        review.setTemplateVersion(template.getTemplateVersion());
        review.setReviewer(AUTOMATIC_REVIEWER);
        review.setKind(ReviewKind.AUTOMATIC);
        review.setReviewedAt(when);
        for (ChecklistItem item : template.getItems()) {
            ItemVerdict verdict = CandorFactory.eINSTANCE.createItemVerdict();
            verdict.setItemCode(item.getCode());
            ItemResult result = found.item(item.getCode());
            if (result == null) {
                verdict.setVerdict(Verdict.UNREVIEWED);
            } else {
                verdict.setVerdict(result.verdict());
                verdict.setEvidence(quote(result.evidence()));
                verdict.setEvidenceStart(result.start());
                verdict.setEvidenceEnd(result.end());
                verdict.setComment(result.comment());
            }
            review.getVerdicts().add(verdict);
        }
        ReviewScore score = ReviewScore.of(template, review.getVerdicts());
        review.setScore(Double.isNaN(score.percent()) ? 0 : score.percent());
        return review;
    }
}
