package dev.candor.ethics.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import dev.candor.ethics.AutomaticReview;
import dev.candor.ethics.CheckDescriptor;
import dev.candor.ethics.ItemCodes;
import dev.candor.ethics.ReviewContext;
import dev.candor.ethics.ReviewEngine;
import dev.candor.model.CandorFactory;
import dev.candor.model.Channel;
import dev.candor.model.Direction;
import dev.candor.model.Interaction;
import dev.candor.model.Verdict;

/**
 * Checks contributed by this test bundle through the extension point: a sound
 * one takes part in the review; one that throws and one that hangs are left
 * out, reported in the Error Log and switched off after three failures, and
 * the review goes on with everything else; an incomplete contribution is
 * reported and never used.
 */
public class EngineIsolationTest {

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final ILogListener listener = (status, plugin) -> {
        if (status.getSeverity() == IStatus.ERROR) {
            logged.add(status.getMessage());
        }
    };
    private ReviewEngine engine;

    @Before
    public void setUp() {
        Platform.addLogListener(listener);
        engine = ReviewEngine.fromExtensions();
    }

    @After
    public void tearDown() {
        engine.close();
        Platform.removeLogListener(listener);
    }

    private static ReviewContext message(String notes) {
        Interaction interaction = CandorFactory.eINSTANCE.createInteraction();
        interaction.setId(1);
        interaction.setChannel(Channel.EMAIL);
        interaction.setDirection(Direction.OUTBOUND);
        interaction.setSubject("Refund");
        interaction.setNotes(notes);
        long sent = java.time.Instant.parse("2026-11-18T09:00:00Z").toEpochMilli();
        interaction.setStartedAt(new Date(sent));
        return ReviewContext.builder(interaction).now(sent + 60_000).build();
    }

    @Test
    public void contributionsAreReadWithCandorsOwnTrustedAndTheRestGuarded() {
        List<String> ids = engine.checks().stream().map(CheckDescriptor::id).toList();
        assertTrue(ids.toString(), ids.contains("dev.candor.ethics.greeting"));
        assertTrue(ids.contains("dev.candor.ethics.tests.refundWording"));
        assertFalse("the contribution without a name is left out", ids.contains("dev.candor.ethics.tests.incomplete"));
        assertTrue(engine.checks().stream().filter(d -> d.id().startsWith("dev.candor.ethics.tests"))
                .noneMatch(CheckDescriptor::trusted));
        assertTrue(engine.checks().stream().filter(d -> d.contributor().equals("dev.candor.ethics"))
                .allMatch(CheckDescriptor::trusted));
        assertEquals(500, engine.checks().stream().filter(d -> d.id().endsWith("refundWording")).findFirst()
                .orElseThrow().timeoutMillis());
    }

    @Test
    public void aThrowingOrHangingCheckIsLeftOutReportedAndSwitchedOffWhileTheReviewGoesOn() {
        ReviewContext context = message("Dear Anna,\nyou will get a full refund, gonna be quick.\nKind regards");
        for (int i = 1; i <= ReviewEngine.MAX_FAILURES; i++) {
            AutomaticReview review = engine.review(context);
            assertEquals(List.of("dev.candor.ethics.tests.throwing", "dev.candor.ethics.tests.hanging"),
                    review.skippedChecks());
            assertEquals("the sound contribution takes part", Verdict.FAIL, review.item(ItemCodes.HONESTY).verdict());
            assertEquals("the built-in checks still run", Verdict.FAIL, review.item(ItemCodes.PLAIN_LANGUAGE).verdict());
            assertEquals(null, review.item(ItemCodes.EMPATHY));
        }
        assertEquals(java.util.Set.of("dev.candor.ethics.tests.throwing", "dev.candor.ethics.tests.hanging"),
                engine.switchedOff());
        assertEquals(1, logged.stream().filter(m -> m.contains("“Throwing check”") && m.contains("switched off")).count());
        assertEquals(3, logged.stream().filter(m -> m.contains("“Throwing check”") && m.contains("failed;")).count());
        assertEquals(3, logged.stream().filter(m -> m.contains("“Hanging check”") && m.contains("50 ms")).count());
        int before = logged.size();
        AutomaticReview later = engine.review(context);
        assertEquals("switched-off checks are skipped without waiting or logging", before, logged.size());
        assertEquals(2, later.skippedChecks().size());
    }
}
