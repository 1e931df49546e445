package dev.candor.nls;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.DateTimePatternGenerator;

/**
 * The date styles of Candor's screens, one per kind of place, in the user's locale and time zone:
 * a date ("23 июл. 2026 г.", "2026. júl. 23."), a date with its time, a time, a day heading with
 * its weekday, and a month. Every view and dialog formats through these, so that a date looks the
 * same wherever it is shown, and no screen carries a pattern written for one language. The zone
 * is the caller's: the zone of the clock it was given, never the machine's. Thread-safe; the
 * locale is read at each call.
 */
public final class Dates {

    private static final Map<String, DateTimeFormatter> SKELETONS = new ConcurrentHashMap<>();

    private Dates() {
    }

    private static DateTimeFormatter in(DateTimeFormatter formatter, ZoneId zone) {
        return formatter.withLocale(Locale.getDefault()).withZone(zone);
    }

    /** A date: due dates, "customer since", last contact, when a commitment was closed. */
    public static String date(Instant instant, ZoneId zone) {
        return in(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM), zone).format(instant);
    }

    public static String date(Date date, ZoneId zone) {
        return date(date.toInstant(), zone);
    }

    /** A date and a time of day: when something happened or is due to the minute. */
    public static String dateTime(Instant instant, ZoneId zone) {
        return in(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT), zone).format(instant);
    }

    public static String dateTime(Date date, ZoneId zone) {
        return dateTime(date.toInstant(), zone);
    }

    /** A time of day under a day's heading. */
    public static String time(Instant instant, ZoneId zone) {
        return in(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT), zone).format(instant);
    }

    public static String time(Date date, ZoneId zone) {
        return time(date.toInstant(), zone);
    }

    /** A day as a heading, with its weekday: "Monday, December 7, 2026". */
    public static String day(Instant instant, ZoneId zone) {
        return in(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL), zone).format(instant);
    }

    /** A day with its weekday and the time: when a recorded interaction took place, in its own window. */
    public static String dayAndTime(Date date, ZoneId zone) {
        return in(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT), zone).format(date.toInstant());
    }

    /** A calendar day as a heading, with its weekday. */
    public static String day(java.time.LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.getDefault()).format(day);
    }

    /**
     * A day as a heading in a list, short, with its weekday: "Wed, Jan 28, 2026",
     * "2026. jan. 28., sze.", "ср, 28 янв. 2026 г.".
     */
    public static String shortDay(java.time.LocalDate day) {
        return skeleton("yMMMEd").format(day);
    }

    /** A month of a year as the language writes it: "July 2026", "июль 2026 г.", "2026. július". */
    public static String month(YearMonth month) {
        return skeleton("yMMMM").format(month);
    }

    /** A month of a year in short, for a chart's axis: "Jul 2026", "2026. júl.". */
    public static String shortMonth(YearMonth month) {
        return skeleton("yMMM").format(month);
    }

    private static DateTimeFormatter skeleton(String skeleton) {
        Locale locale = Locale.getDefault();
        return SKELETONS.computeIfAbsent(locale.toLanguageTag() + '|' + skeleton, key -> {
            // ICU knows each language's order and forms for a set of fields; java.time has no such styles
            String pattern = DateTimePatternGenerator.getInstance(locale).getBestPattern(skeleton);
            return DateTimeFormatter.ofPattern(pattern, locale);
        });
    }
}
