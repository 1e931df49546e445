package dev.candor.commitments.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.Test;

import dev.candor.commitments.ICalendarWriter;
import dev.candor.model.CommitmentKind;
import dev.candor.model.CommitmentStatus;
import dev.candor.model.Priority;
import dev.candor.store.CommitmentSummary;

/** The .ics export: structure, UTC times, escaping and folding that calendar applications accept. */
public class ICalendarWriterTest {

    private static CommitmentSummary commitment(long id, String description, CommitmentStatus status) {
        long due = Instant.parse("2026-11-20T16:00:00Z").toEpochMilli();
        return new CommitmentSummary(id, 3, 7, "Łukasz Wiśniewski", description, "anna", due - 86_400_000L, due, 0,
                Priority.HIGH, status, CommitmentKind.PROMISE, null);
    }

    @Test
    public void writesOneEventPerCommitmentWithEscapedFoldedText() throws Exception {
        StringWriter out = new StringWriter();
        String longText = "Wyślę poprawioną ofertę; rabat 5%, warunki \\ dostawy\ni gwarancję — "
                + "Пришлю обновлённое предложение, как обещал, до пятницы ".repeat(2);
        try (ICalendarWriter ics = new ICalendarWriter(out, Instant.parse("2026-11-18T09:00:00Z"), "db.example")) {
            ics.add(commitment(1, longText, CommitmentStatus.OPEN), longText, "Promised to Łukasz", true);
            ics.add(commitment(2, "Kept one", CommitmentStatus.KEPT), "Kept one", "done", true);
            assertEquals(2, ics.written());
        }
        String text = out.toString();
        assertTrue(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assertTrue(text.endsWith("END:VCALENDAR\r\n"));
        assertFalse("no bare line feeds", text.replace("\r\n", "").contains("\n"));
        for (String line : text.split("\r\n")) {
            assertTrue(line, line.getBytes(StandardCharsets.UTF_8).length <= 75);
        }
        String unfolded = text.replace("\r\n ", "");
        List<String> lines = List.of(unfolded.split("\r\n"));
        assertEquals(2, lines.stream().filter("BEGIN:VEVENT"::equals).count());
        assertTrue(lines.contains("UID:commitment-1@db.example"));
        assertTrue(lines.contains("DTSTART:20261120T153000Z"));
        assertTrue(lines.contains("DTEND:20261120T160000Z"));
        assertTrue(lines.contains("DTSTAMP:20261118T090000Z"));
        String summary = lines.stream().filter(l -> l.startsWith("SUMMARY:")).findFirst().orElseThrow();
        assertTrue(summary, summary.startsWith("SUMMARY:Wyślę poprawioną ofertę\\; rabat 5%\\, warunki \\\\ dostawy\\ni"));
        assertEquals(longText, unescape(summary.substring("SUMMARY:".length())));
        // only the open commitment reminds; the kept one is marked cancelled in the calendar
        assertEquals(1, lines.stream().filter("BEGIN:VALARM"::equals).count());
        assertTrue(lines.contains("STATUS:CANCELLED"));
    }

    private static String unescape(String value) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char n = value.charAt(++i);
                b.append(n == 'n' ? '\n' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
