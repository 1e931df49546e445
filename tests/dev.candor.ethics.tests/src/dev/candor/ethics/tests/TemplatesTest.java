package dev.candor.ethics.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.Date;
import java.util.List;

import org.junit.Test;

import dev.candor.ethics.AutomaticReview;
import dev.candor.ethics.ChecklistTemplates;
import dev.candor.ethics.ItemCodes;
import dev.candor.ethics.ItemResult;
import dev.candor.ethics.ReviewScore;
import dev.candor.ethics.Reviews;
import dev.candor.model.CandorFactory;
import dev.candor.model.Channel;
import dev.candor.model.ChecklistItem;
import dev.candor.model.ChecklistTemplate;
import dev.candor.model.EthicsReview;
import dev.candor.model.ItemVerdict;
import dev.candor.model.ReviewKind;
import dev.candor.model.Verdict;

/** The default checklist, choosing a template per channel, and scoring. */
public class TemplatesTest {

    @Test
    public void theDefaultChecklistCoversEveryPrincipleWithWeightsAndCriticalItems() {
        ChecklistTemplate template = ChecklistTemplates.createDefault();
        assertEquals(ItemCodes.ALL, template.getItems().stream().map(ChecklistItem::getCode).toList());
        assertEquals(1, template.getTemplateVersion());
        assertTrue(template.getItems().stream().allMatch(i -> i.getWeight() > 0 && !i.getTitle().isBlank()
                && !i.getDescription().isBlank()));
        assertTrue(template.getItems().stream().anyMatch(ChecklistItem::isCritical));
        ChecklistItem courtesy = template.getItems().get(0);
        assertEquals("Courtesy and a prompt greeting", ChecklistTemplates.title(courtesy));
        courtesy.setTitle("Greeting by name");
        assertEquals("an admin's own title is shown as written", "Greeting by name", ChecklistTemplates.title(courtesy));
    }

    @Test
    public void aChannelsOwnTemplateWinsThenTheNewestGeneralOne() {
        ChecklistTemplate general1 = ChecklistTemplates.createDefault();
        ChecklistTemplate general2 = ChecklistTemplates.createDefault();
        general2.setTemplateVersion(2);
        ChecklistTemplate phone = ChecklistTemplates.createDefault();
        phone.getChannels().add(Channel.PHONE);
        ChecklistTemplate inactive = ChecklistTemplates.createDefault();
        inactive.getChannels().add(Channel.EMAIL);
        inactive.setActive(false);
        List<ChecklistTemplate> all = List.of(general1, general2, phone, inactive);
        assertSame(phone, ChecklistTemplates.forChannel(all, Channel.PHONE));
        assertSame(general2, ChecklistTemplates.forChannel(all, Channel.EMAIL));
    }

    private static ItemVerdict verdict(String code, Verdict value) {
        ItemVerdict verdict = CandorFactory.eINSTANCE.createItemVerdict();
        verdict.setItemCode(code);
        verdict.setVerdict(value);
        return verdict;
    }

    @Test
    public void theScoreWeighsJudgedItemsAndACriticalFailureFailsTheReview() {
        ChecklistTemplate template = ChecklistTemplates.createDefault();
        // courtesy (1) passes, promises (2) fails, empathy n/a, the rest unreviewed
        ReviewScore score = ReviewScore.of(template, List.of(verdict(ItemCodes.COURTESY, Verdict.PASS),
                verdict(ItemCodes.PROMISES, Verdict.FAIL), verdict(ItemCodes.EMPATHY, Verdict.NOT_APPLICABLE)));
        assertEquals(100.0 / 3, score.percent(), 1e-9);
        assertTrue("no critical item failed", score.passed());
        ReviewScore critical = ReviewScore.of(template, List.of(verdict(ItemCodes.COURTESY, Verdict.PASS),
                verdict(ItemCodes.PLAIN_LANGUAGE, Verdict.PASS), verdict(ItemCodes.PERSONAL_DATA, Verdict.FAIL)));
        assertFalse(critical.passed());
        assertEquals(List.of(ItemCodes.PERSONAL_DATA), critical.failedCritical());
        assertTrue(Double.isNaN(ReviewScore.of(template, List.of()).percent()));
        assertFalse(ReviewScore.of(template, List.of()).passed());
    }

    @Test
    public void anAutomaticReviewHasAVerdictForEveryItemOfItsTemplateVersion() {
        ChecklistTemplate template = ChecklistTemplates.createDefault();
        template.setId(9);
        template.setTemplateVersion(3);
        ItemResult fail = new ItemResult(ItemCodes.NO_PRESSURE, Verdict.FAIL, 4, 14, "only today", "Pressure", "x");
        ItemResult pass = new ItemResult(ItemCodes.COURTESY, Verdict.PASS, -1, -1, null, "ok", "y");
        AutomaticReview found = new AutomaticReview(
                java.util.Map.of(ItemCodes.NO_PRESSURE, fail, ItemCodes.COURTESY, pass), java.util.Map.of(), List.of());
        EthicsReview review = Reviews.automatic(template, 77, found, new Date(0));
        assertEquals(15, review.getVerdicts().size());
        assertEquals(ReviewKind.AUTOMATIC, review.getKind());
        assertEquals(9, review.getTemplateId());
        assertEquals(3, review.getTemplateVersion());
        ItemVerdict pressure = review.getVerdicts().stream().filter(v -> v.getItemCode().equals(ItemCodes.NO_PRESSURE))
                .findFirst().orElseThrow();
        assertEquals("only today", pressure.getEvidence());
        assertEquals(4, pressure.getEvidenceStart());
        assertEquals(13, review.getVerdicts().stream().filter(v -> v.getVerdict() == Verdict.UNREVIEWED).count());
        assertEquals(100 * 1.0 / 3.0, review.getScore(), 1e-9); // courtesy 1 of (1 + no-pressure 2)
    }
}
