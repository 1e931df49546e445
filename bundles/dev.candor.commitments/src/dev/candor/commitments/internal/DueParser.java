package dev.candor.commitments.internal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.candor.commitments.BusinessCalendar;

/**
 * The due time a sentence names, in the words of one {@link Lexicon}: a date, a weekday,
 * "tomorrow", "next week", "in two hours", and a time of day ("by 15:00", "morning").
 * A day without a time means the end of that business day.
 */
public final class DueParser {

    /**
     * The due time and where in the sentence its words are.
     *
     * @param alternative another reading of the same words, or null: "by Friday" said on a Friday
     *                    is today (the reading taken) or a week later
     */
    public record Due(ZonedDateTime at, int start, int end, ZonedDateTime alternative) {

        public Due(ZonedDateTime at, int start, int end) {
            this(at, start, end, null);
        }
    }

    private static final Pattern CLOCK = Lexicon.p("\\b(?<h>[01]?\\d|2[0-3]):(?<min>[0-5]\\d)\\b"
            + "|\\b(?<h2>1[0-2]|0?[1-9])\\s?(?<ampm>am|pm)\\b");
    private static final Pattern NUMERIC_DATE = Lexicon.p("\\b(?<a>\\d{1,2})[./](?<b>\\d{1,2})(?:[./](?<y>\\d{2,4}))?\\b");
    private static final Pattern HUNGARIAN_DATE = Lexicon.p(
            "\\b(?:(?<y>\\d{4})\\.\\s?)?(?<a>\\d{1,2})\\.\\s?(?<b>\\d{1,2})\\.?");

    private DueParser() {
    }

    /** The due time in {@code sentence} (normalised), or null if it names none. */
    public static Due parse(Lexicon lexicon, String sentence, ZonedDateTime now, BusinessCalendar calendar) {
        ZonedDateTime local = now.withZoneSameInstant(calendar.zone());
        Due day = day(lexicon, sentence, local, calendar);
        Matcher clock = CLOCK.matcher(sentence);
        LocalTime time = null;
        int timeStart = -1;
        int timeEnd = -1;
        if (clock.find()) {
            if (clock.group("h") != null) {
                time = LocalTime.of(Integer.parseInt(clock.group("h")), Integer.parseInt(clock.group("min")));
            } else {
                int hour = Integer.parseInt(clock.group("h2")) % 12 + ("pm".equals(clock.group("ampm")) ? 12 : 0);
                time = LocalTime.of(hour, 0);
            }
            timeStart = clock.start();
            timeEnd = clock.end();
        } else {
            Matcher noon = lexicon.noon().matcher(sentence);
            Matcher morning = lexicon.morning().matcher(sentence);
            if (noon.find()) {
                time = Lexicon.NOON;
                timeStart = noon.start();
                timeEnd = noon.end();
            } else if (morning.find()) {
                time = Lexicon.NOON;
                timeStart = morning.start();
                timeEnd = morning.end();
            }
        }
        if (day == null && time == null) {
            return null;
        }
        if (day == null) {
            // "by 15:00" alone: today, or tomorrow if that time has passed
            ZonedDateTime at = local.with(time);
            if (!at.isAfter(local)) {
                at = at.plusDays(1);
            }
            return new Due(at, timeStart, timeEnd);
        }
        if (time != null && day.at().toLocalTime().equals(calendar.closes())) {
            ZonedDateTime at = ZonedDateTime.of(day.at().toLocalDate(), time, calendar.zone());
            return new Due(at, Math.min(day.start(), timeStart), Math.max(day.end(), timeEnd),
                    day.alternative() == null ? null
                            : ZonedDateTime.of(day.alternative().toLocalDate(), time, calendar.zone()));
        }
        return day;
    }

    private static Due day(Lexicon lexicon, String sentence, ZonedDateTime now, BusinessCalendar calendar) {
        LocalDate today = now.toLocalDate();
        Matcher m = lexicon.dateInWords().matcher(sentence);
        if (m.find()) {
            String dayText = m.group("d") != null ? m.group("d") : group(m, "d2");
            String monthText = m.group("m") != null ? m.group("m") : group(m, "m2");
            int month = month(lexicon.monthStems(), monthText);
            LocalDate date = date(today, Integer.parseInt(dayText), month, null);
            if (date != null) {
                return end(date, calendar, m);
            }
        }
        m = (lexicon.monthFirst() ? HUNGARIAN_DATE : NUMERIC_DATE).matcher(sentence);
        while (m.find()) {
            int a = Integer.parseInt(m.group("a"));
            int b = Integer.parseInt(m.group("b"));
            String year = m.group("y");
            // Hungarian writes month.day; the others day.month, but 11/25 can only be month/day
            boolean monthFirst = lexicon.monthFirst() || (a <= 12 && b > 12 && sentence.charAt(m.start("a")
                    + m.group("a").length()) == '/');
            LocalDate date = monthFirst ? date(today, b, a, year) : date(today, a, b, year);
            if (date != null) {
                return end(date, calendar, m);
            }
        }
        if ((m = lexicon.dayAfterTomorrow().matcher(sentence)).find()) {
            return end(today.plusDays(2), calendar, m);
        }
        if ((m = lexicon.tomorrow().matcher(sentence)).find()) {
            return end(today.plusDays(1), calendar, m);
        }
        if ((m = lexicon.relative().matcher(sentence)).find()) {
            Due relative = relative(lexicon, m, now, calendar);
            if (relative != null) {
                return relative;
            }
        }
        if ((m = lexicon.weekday().matcher(sentence)).find()) {
            DayOfWeek dow = weekday(lexicon.weekdayStems(), m.group("day"));
            if (dow != null) {
                LocalDate date = today.with(TemporalAdjusters.nextOrSame(dow));
                if (date.equals(today)) {
                    if (!now.toLocalTime().isBefore(calendar.closes())) {
                        return end(date.plusWeeks(1), calendar, m); // today's business day is over
                    }
                    // today's own name: today, or the same day next week; the user is shown both
                    return new Due(atClose(date, calendar), m.start(), m.end(), atClose(date.plusWeeks(1), calendar));
                }
                return end(date, calendar, m);
            }
        }
        if ((m = lexicon.nextWeek().matcher(sentence)).find()) {
            return end(lastWorkingDayOfWeek(today.plusWeeks(1), calendar), calendar, m);
        }
        if ((m = lexicon.endOfWeek().matcher(sentence)).find()) {
            LocalDate last = lastWorkingDayOfWeek(today, calendar);
            return end(last.isBefore(today) ? today : last, calendar, m);
        }
        if ((m = lexicon.today().matcher(sentence)).find()) {
            return end(today, calendar, m);
        }
        return null;
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null; // this language's pattern has no such group
        }
    }

    private static Due relative(Lexicon lexicon, Matcher m, ZonedDateTime now, BusinessCalendar calendar) {
        String number = m.group("n");
        int n = number == null ? 1 : number.chars().allMatch(Character::isDigit) ? Integer.parseInt(number)
                : lexicon.numbers().getOrDefault(number, 1);
        String unit = m.group("unit");
        boolean business = m.group("business") != null && lexicon.businessWord().matcher(m.group("business")).find();
        ZonedDateTime at;
        if (unit.startsWith("min") || unit.startsWith("хв") || unit.startsWith("perc")) {
            at = now.plusMinutes(n);
        } else if (startsWithAny(unit, lexicon.hourWords())) {
            at = business ? calendar.plusBusinessTime(now.toInstant(), Duration.ofHours(n)).atZone(calendar.zone())
                    : now.plusHours(n);
        } else if (startsWithAny(unit, lexicon.weekWords())) {
            at = atClose(now.toLocalDate().plusWeeks(n), calendar);
        } else if (startsWithAny(unit, lexicon.dayWords())) {
            at = business ? calendar.plusBusinessDays(now.toInstant(), n).atZone(calendar.zone())
                    : atClose(now.toLocalDate().plusDays(n), calendar);
        } else {
            return null;
        }
        return new Due(at, m.start(), m.end());
    }

    private static boolean startsWithAny(String word, List<String> stems) {
        for (String stem : stems) {
            if (word.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate lastWorkingDayOfWeek(LocalDate inWeek, BusinessCalendar calendar) {
        LocalDate monday = inWeek.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (LocalDate d = monday.plusDays(6); !d.isBefore(monday); d = d.minusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                return d;
            }
        }
        return monday.plusDays(4);
    }

    private static Due end(LocalDate date, BusinessCalendar calendar, Matcher m) {
        return new Due(atClose(date, calendar), m.start(), m.end());
    }

    private static ZonedDateTime atClose(LocalDate date, BusinessCalendar calendar) {
        return ZonedDateTime.of(date, calendar.closes(), calendar.zone());
    }

    /** The next such date from today on (a date already past this year means next year's). */
    private static LocalDate date(LocalDate today, int day, int month, String year) {
        try {
            if (year != null) {
                int y = Integer.parseInt(year);
                return LocalDate.of(y < 100 ? 2000 + y : y, month, day);
            }
            LocalDate date = LocalDate.of(today.getYear(), month, day);
            return date.isBefore(today) ? date.plusYears(1) : date;
        } catch (DateTimeException e) {
            return null; // 31.02 or 14.14: not a date
        }
    }

    private static int month(List<String> stems, String text) {
        for (int i = 0; i < stems.size(); i++) {
            if (text.startsWith(stems.get(i))) {
                return i + 1;
            }
        }
        return 1;
    }

    private static DayOfWeek weekday(Map<String, DayOfWeek> stems, String text) {
        for (Map.Entry<String, DayOfWeek> stem : stems.entrySet()) {
            if (text.startsWith(stem.getKey())) {
                return stem.getValue();
            }
        }
        return null;
    }
}
