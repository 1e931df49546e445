package dev.candor.commitments;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import dev.candor.store.CommitmentSummary;

/**
 * Writes commitments as an iCalendar (RFC 5545) file that calendar applications import:
 * one event per commitment at its due time with a reminder an hour before, times in UTC,
 * text escaped and lines folded at 75 octets.
 *
 * @since 0.1
 */
public final class ICalendarWriter implements AutoCloseable {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Writer out;
    private final String stamp;
    private final String uidDomain;
    private int written;

    /**
     * Starts the calendar.
     *
     * @param uidDomain tells apart the commitments of different databases in the UIDs, so that
     *                  re-importing an export updates the events instead of duplicating them
     */
    public ICalendarWriter(Writer out, Instant now, String uidDomain) throws IOException {
        this.out = out;
        this.stamp = UTC.format(now);
        this.uidDomain = uidDomain;
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//Candor//Commitments//EN");
        line("CALSCALE:GREGORIAN");
        line("METHOD:PUBLISH");
        line("X-WR-CALNAME:" + text("Candor commitments"));
    }

    /** Adds one commitment; {@code alarm} whether to remind an hour before it is due. */
    public void add(CommitmentSummary c, String summary, String description, boolean alarm) throws IOException {
        Instant due = Instant.ofEpochMilli(c.dueAt());
        line("BEGIN:VEVENT");
        line("UID:commitment-" + c.id() + "@" + uidDomain);
        line("DTSTAMP:" + stamp);
        line("DTSTART:" + UTC.format(due.minusSeconds(30 * 60)));
        line("DTEND:" + UTC.format(due));
        line("SUMMARY:" + text(summary));
        line("DESCRIPTION:" + text(description));
        line("CATEGORIES:" + text("Candor") + "," + text(c.priority().getLiteral()));
        line("PRIORITY:" + switch (c.priority()) {
        case HIGH -> 1;
        case MEDIUM -> 5;
        default -> 9;
        });
        line("STATUS:" + (c.isOpen() ? "CONFIRMED" : "CANCELLED"));
        line("SEQUENCE:" + c.version());
        if (alarm && c.isOpen()) {
            line("BEGIN:VALARM");
            line("ACTION:DISPLAY");
            line("TRIGGER:-PT1H");
            line("DESCRIPTION:" + text(summary));
            line("END:VALARM");
        }
        line("END:VEVENT");
        written++;
    }

    public int written() {
        return written;
    }

    /** Ends the calendar; the writer is left open for its owner to close. */
    @Override
    public void close() throws IOException {
        line("END:VCALENDAR");
        out.flush();
    }

    /** Escapes TEXT values: backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
            case '\\' -> b.append("\\\\");
            case ';' -> b.append("\\;");
            case ',' -> b.append("\\,");
            case '\n' -> b.append("\\n");
            case '\r' -> {
                // CRLF becomes one \n
            }
            default -> {
                if (ch >= 0x20 || ch == '\t') {
                    b.append(ch);
                }
            }
            }
        }
        return b.toString();
    }

    /** Writes a content line folded so that no line exceeds 75 octets, never splitting a character. */
    private void line(String content) throws IOException {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.write("\r\n ");
                octets = 1;
            }
            out.write(Character.toChars(cp));
            octets += size;
            i += Character.charCount(cp);
        }
        out.write("\r\n");
    }
}
