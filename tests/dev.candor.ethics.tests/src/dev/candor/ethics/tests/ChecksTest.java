package dev.candor.ethics.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import org.junit.AfterClass;
import org.junit.Test;

import dev.candor.commitments.BusinessCalendar;
import dev.candor.ethics.AutomaticReview;
import dev.candor.ethics.ItemCodes;
import dev.candor.ethics.ItemResult;
import dev.candor.ethics.ReviewContext;
import dev.candor.ethics.ReviewEngine;
import dev.candor.ethics.internal.CheckRegistry;
import dev.candor.ethics.internal.LanguageGuess;
import dev.candor.ethics.internal.checks.PersonalDataCheck;
import dev.candor.model.CandorFactory;
import dev.candor.model.Channel;
import dev.candor.model.CommitmentKind;
import dev.candor.model.CommitmentStatus;
import dev.candor.model.Direction;
import dev.candor.model.Interaction;
import dev.candor.model.Language;
import dev.candor.model.Priority;
import dev.candor.model.Verdict;
import dev.candor.store.CommitmentSummary;

/** The built-in checks one by one: what they find, where, and when they do not apply. */
public class ChecksTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final long T0 = ZonedDateTime.of(2026, 11, 18, 10, 0, 0, 0, WARSAW).toInstant().toEpochMilli();
    private static final long HOUR = 3_600_000;
    private static final ReviewEngine ENGINE = new ReviewEngine(
            CheckRegistry.read().stream().filter(d -> d.trusted()).toList());

    @AfterClass
    public static void close() {
        ENGINE.close();
    }

    private static Interaction interaction(Channel channel, Direction direction, String notes, long at) {
        Interaction interaction = CandorFactory.eINSTANCE.createInteraction();
        interaction.setId(42);
        interaction.setChannel(channel);
        interaction.setDirection(direction);
        interaction.setSubject("Subject");
        interaction.setNotes(notes);
        interaction.setStartedAt(new Date(at));
        return interaction;
    }

    private static AutomaticReview review(Interaction interaction, List<CommitmentSummary> commitments) {
        return ENGINE.review(ReviewContext.builder(interaction).commitments(commitments)
                .calendar(BusinessCalendar.standard(WARSAW)).now(T0 + 48 * HOUR).build());
    }

    private static CommitmentSummary commitment(long id, CommitmentKind kind, CommitmentStatus status, long created,
            long due, long closed, Long source) {
        return new CommitmentSummary(id, 1, 7, "Customer", "Send the offer", "anna", created, due, closed,
                Priority.MEDIUM, status, kind, source);
    }

    @Test
    public void evidenceQuotesTheTextThatFailed() {
        Interaction mail = interaction(Channel.EMAIL, Direction.OUTBOUND,
                "Dear Ms Brown,\nThis price is only today, you must decide now.\nKind regards", T0);
        AutomaticReview review = review(mail, List.of());
        ItemResult pressure = review.item(ItemCodes.NO_PRESSURE);
        assertEquals(Verdict.FAIL, pressure.verdict());
        assertEquals("only today", pressure.evidence());
        String text = "Subject\n" + mail.getNotes();
        assertEquals("only today", text.substring(pressure.start(), pressure.end()));
        assertEquals(Verdict.PASS, review.item(ItemCodes.COURTESY).verdict());
        assertEquals("items no check informs are left out", null, review.item(ItemCodes.EMPATHY));
    }

    @Test
    public void writtenCourtesyDoesNotApplyToCallsNorTextChecksToTheCustomersOwnWords() {
        AutomaticReview call = review(interaction(Channel.PHONE, Direction.OUTBOUND, "Discussed the invoice.", T0), List.of());
        assertEquals(Verdict.NOT_APPLICABLE, call.item(ItemCodes.COURTESY).verdict());
        AutomaticReview inbound = review(interaction(Channel.EMAIL, Direction.INBOUND,
                "This is ridiculous, hurry up, gonna cancel!!", T0), List.of());
        assertEquals(Verdict.NOT_APPLICABLE, inbound.item(ItemCodes.CALM).verdict());
        assertEquals(Verdict.NOT_APPLICABLE, inbound.item(ItemCodes.PLAIN_LANGUAGE).verdict());
        assertEquals(Verdict.NOT_APPLICABLE, inbound.item(ItemCodes.NO_PRESSURE).verdict());
    }

    @Test
    public void anAnswerAfterThePolicysTimeFailsAndOneInTimePasses() {
        Interaction answer = interaction(Channel.EMAIL, Direction.OUTBOUND, "Dear Anna,\nhere it is.\nRegards", T0);
        CommitmentSummary late = commitment(1, CommitmentKind.RESPOND, CommitmentStatus.KEPT, T0 - 10 * HOUR,
                T0 - 2 * HOUR - 20 * 60_000, T0, 41L);
        ItemResult timely = review(answer, List.of(late)).item(ItemCodes.TIMELY);
        assertEquals(Verdict.FAIL, timely.verdict());
        assertEquals("Answered 2 h 20 min later than the response-time policy allows", timely.comment());
        assertEquals(-1, timely.start());
        CommitmentSummary inTime = commitment(1, CommitmentKind.RESPOND, CommitmentStatus.KEPT, T0 - 2 * HOUR,
                T0 + HOUR, T0, 41L);
        assertEquals(Verdict.PASS, review(answer, List.of(inTime)).item(ItemCodes.TIMELY).verdict());
        assertEquals(Verdict.NOT_APPLICABLE, review(answer, List.of()).item(ItemCodes.TIMELY).verdict());
    }

    @Test
    public void aMessageStillUnansweredPastItsTimeFails() {
        Interaction question = interaction(Channel.EMAIL, Direction.INBOUND, "When will it arrive?", T0);
        CommitmentSummary open = commitment(2, CommitmentKind.RESPOND, CommitmentStatus.OPEN, T0, T0 + 4 * HOUR, 0, 42L);
        ItemResult timely = review(question, List.of(open)).item(ItemCodes.TIMELY);
        assertEquals(Verdict.FAIL, timely.verdict());
        assertTrue(timely.comment(), timely.comment().startsWith("Still unanswered, 1 d 20 h"));
    }

    @Test
    public void promisesBrokenOrOverdueBeforeTheInteractionFailIt() {
        Interaction call = interaction(Channel.PHONE, Direction.OUTBOUND, "Discussed the delivery on 20 November.", T0);
        CommitmentSummary broken = commitment(3, CommitmentKind.PROMISE, CommitmentStatus.BROKEN, T0 - 30 * 24 * HOUR,
                T0 - 20 * 24 * HOUR, T0 - 19 * 24 * HOUR, null);
        CommitmentSummary keptOnTime = commitment(4, CommitmentKind.PROMISE, CommitmentStatus.KEPT, T0 - 30 * 24 * HOUR,
                T0 - 20 * 24 * HOUR, T0 - 21 * 24 * HOUR, null);
        CommitmentSummary overdue = commitment(5, CommitmentKind.PROMISE, CommitmentStatus.OPEN, T0 - 5 * 24 * HOUR,
                T0 - HOUR, 0, null);
        CommitmentSummary brokenLongAgo = commitment(6, CommitmentKind.PROMISE, CommitmentStatus.BROKEN,
                T0 - 300 * 24 * HOUR, T0 - 200 * 24 * HOUR, T0 - 199 * 24 * HOUR, null);
        assertEquals(Verdict.FAIL, review(call, List.of(broken, keptOnTime)).item(ItemCodes.PROMISES).verdict());
        assertEquals(Verdict.FAIL, review(call, List.of(overdue)).item(ItemCodes.PROMISES).verdict());
        assertEquals(Verdict.PASS, review(call, List.of(keptOnTime, brokenLongAgo)).item(ItemCodes.PROMISES).verdict());
    }

    @Test
    public void cardAndBankNumbersAreRecognisedByTheirCheckDigits() {
        assertTrue(PersonalDataCheck.luhn("4111111111111111"));
        assertFalse(PersonalDataCheck.luhn("4111111111111112"));
        assertTrue(PersonalDataCheck.ibanValid("DE89370400440532013000"));
        assertFalse(PersonalDataCheck.ibanValid("DE89370400440532013001"));
        AutomaticReview order = review(interaction(Channel.PHONE, Direction.OUTBOUND,
                "Order number 4111 1111 1111 1112 confirmed for 20 November.", T0), List.of());
        assertEquals(Verdict.PASS, order.item(ItemCodes.PERSONAL_DATA).verdict());
        AutomaticReview card = review(interaction(Channel.PHONE, Direction.OUTBOUND,
                "Card 4111-1111-1111-1111 noted.", T0), List.of());
        assertEquals("4111-1111-1111-1111", card.item(ItemCodes.PERSONAL_DATA).evidence());
    }

    @Test
    public void theLanguageComesFromTheLettersAndFallsBackToTheCustomers() {
        assertEquals(Language.UKRAINIAN, LanguageGuess.of("Дякую, що звернулися", Language.ENGLISH));
        assertEquals(Language.RUSSIAN, LanguageGuess.of("Спасибо, что обратились", Language.ENGLISH));
        assertEquals(Language.POLISH, LanguageGuess.of("Dziękuję za zamówienie", Language.ENGLISH));
        assertEquals(Language.HUNGARIAN, LanguageGuess.of("Köszönöm a rendelést", Language.ENGLISH));
        assertEquals(Language.ENGLISH, LanguageGuess.of("Thank you for the order", Language.ENGLISH));
        assertEquals(Language.POLISH, LanguageGuess.of("OK 123", Language.POLISH));
    }
}
