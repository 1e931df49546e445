package dev.candor.history.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;

import org.junit.Test;

import dev.candor.history.Snippets;
import dev.candor.history.Timeline;
import dev.candor.history.TimelineFilter;
import dev.candor.model.CandorFactory;
import dev.candor.model.Channel;
import dev.candor.model.Interaction;

/** Grouping by day and filtering the history of one customer. */
public class TimelineTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private static Interaction at(String when, Channel channel, String subject, String notes) {
        Interaction i = CandorFactory.eINSTANCE.createInteraction();
        i.setStartedAt(Date.from(LocalDateTime.parse(when).atZone(WARSAW).toInstant()));
        i.setChannel(channel);
        i.setSubject(subject);
        i.setNotes(notes);
        return i;
    }

    private final List<Interaction> newestFirst = new ArrayList<>(List.of(
            at("2026-11-20T23:30", Channel.CHAT, "Late chat", "Klient pyta o fakturę."),
            at("2026-11-20T08:05", Channel.PHONE, "Morning call", "Обещал перезвонить завтра."),
            at("2026-11-19T16:00", Channel.EMAIL, "Offer", "Elküldtük az ajánlatot."),
            at("2026-11-01T00:10", Channel.MEETING, "Kick-off", "Зустріч у Києві.")));

    /**
     * A correction re-reads only the changed interactions: a new time moves one into its place,
     * one moved to another customer or deleted leaves, one moved here joins.
     */
    @Test
    public void aCorrectedHistoryKeepsItsOrderWithoutBeingReadAgain() {
        for (int i = 0; i < newestFirst.size(); i++) {
            newestFirst.get(i).setId(10 - i);
            newestFirst.get(i).setCustomerId(7);
        }
        Interaction earlier = org.eclipse.emf.ecore.util.EcoreUtil.copy(newestFirst.get(0));
        earlier.setStartedAt(Date.from(LocalDateTime.parse("2026-11-19T12:00").atZone(WARSAW).toInstant()));
        Interaction movedAway = org.eclipse.emf.ecore.util.EcoreUtil.copy(newestFirst.get(3));
        movedAway.setCustomerId(8);
        Interaction movedHere = at("2026-11-20T09:00", Channel.LETTER, "Moved here", null);
        movedHere.setId(42);
        movedHere.setCustomerId(7);
        // id 9 was deleted: it is not read back
        List<Interaction> next = Timeline.replace(newestFirst, List.of(10L, 9L, 7L, 42L),
                List.of(earlier, movedAway, movedHere), 7);
        assertEquals(List.of("Moved here", "Offer", "Late chat"), next.stream().map(Interaction::getSubject).toList());
        assertEquals(List.of(42L, 8L, 10L), next.stream().map(Interaction::getId).toList());
        assertEquals("the shown list is not changed", 4, newestFirst.size());
    }

    @Test
    public void groupsByLocalDayNewestFirst() {
        List<Timeline.Day> days = Timeline.group(newestFirst, TimelineFilter.ALL, WARSAW);
        assertEquals(List.of(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 1)),
                days.stream().map(Timeline.Day::date).toList());
        assertEquals(2, days.get(0).interactions().size());
        // the same instants fall on other days in another time zone
        List<Timeline.Day> inKyiv = Timeline.group(newestFirst, TimelineFilter.ALL, ZoneId.of("Europe/Kyiv"));
        assertEquals(LocalDate.of(2026, 11, 21), inKyiv.get(0).date());
    }

    @Test
    public void filtersByChannelDatesAndFoldedText() {
        TimelineFilter phoneAndChat = new TimelineFilter(EnumSet.of(Channel.PHONE, Channel.CHAT), null, null, "");
        assertEquals(2, Timeline.group(newestFirst, phoneAndChat, WARSAW).get(0).interactions().size());
        TimelineFilter november19 = new TimelineFilter(EnumSet.allOf(Channel.class), LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 19), "");
        assertEquals(List.of("Offer"), subjects(november19));
        assertEquals(List.of("Morning call"), subjects(filterText("ПЕРЕЗВОНИТ")));
        assertEquals(List.of("Late chat"), subjects(filterText("faktur")));
        assertEquals(List.of("Offer"), subjects(filterText("ajanlat")));
        assertEquals(List.of("Kick-off"), subjects(filterText("КИЄВІ")));
        assertTrue(subjects(filterText("zzz")).isEmpty());
        assertFalse(TimelineFilter.ALL.isRestricted());
        assertTrue(november19.isRestricted());
    }

    @Test(expected = IllegalArgumentException.class)
    public void aRangeThatEndsBeforeItStartsIsRefused() {
        new TimelineFilter(EnumSet.allOf(Channel.class), LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 1), "");
    }

    @Test
    public void snippetsCutAroundTheFirstMatchWithoutSplittingWords() {
        String text = "Dzień dobry. " + "Lorem ipsum dolor sit amet. ".repeat(10) + "Wyślemy ofertę do piątku. Koniec.";
        String snippet = Snippets.around(text, Snippets.words("PIATKU"), 60);
        assertTrue(snippet, snippet.contains("piątku"));
        assertTrue(snippet, snippet.startsWith("\u2026"));
        assertEquals(-1, Snippets.firstMatch("przedpiątkowy", Snippets.words("piatku")));
    }

    private List<String> subjects(TimelineFilter filter) {
        return Timeline.group(newestFirst, filter, WARSAW).stream().flatMap(day -> day.interactions().stream())
                .map(Interaction::getSubject).toList();
    }

    private static TimelineFilter filterText(String text) {
        return new TimelineFilter(EnumSet.allOf(Channel.class), null, null, text);
    }
}
