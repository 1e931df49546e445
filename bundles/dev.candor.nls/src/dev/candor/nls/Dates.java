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
 * same wherever it is shown, and no screen carries a pattern written for one language.
 * Thread-safe; the locale and zone are read at each call.
 */
public final class Dates {

    private static final Map<String, DateTimeFormatter> MONTHS = new ConcurrentHashMap<>();

    private Dates() {
    }

    private static ZoneId zone() {
        return ZoneId.systemDefault();
    }

    private static DateTimeFormatter in(DateTimeFormatter formatter) {
        return formatter.withLocale(Locale.getDefault()).withZone(zone());
    }

    /** A date: due dates, "customer since", last contact, when a commitment was closed. */
    public static String date(Instant instant) {
        return in(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)).format(instant);
    }

    public static String date(Date date) {
        return date(date.toInstant());
    }

    /** A date and a time of day: when something happened or is due to the minute. */
    public static String dateTime(Instant instant) {
        return in(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)).format(instant);
    }

    public static String dateTime(Date date) {
        return dateTime(date.toInstant());
    }

    /** A time of day under a day's heading. */
    public static String time(Instant instant) {
        return in(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)).format(instant);
    }

    public static String time(Date date) {
        return time(date.toInstant());
    }

    /** A time of day in {@code zone}: the zone of the clock a screen was given. */
    public static String time(Instant instant, ZoneId zone) {
        return in(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)).withZone(zone).format(instant);
    }

    /** A day as a heading, with its weekday: "Monday, December 7, 2026". */
    public static String day(Instant instant) {
        return in(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)).format(instant);
    }

    public static String day(Date date) {
        return day(date.toInstant());
    }

    /** A day with its weekday and the time: when a recorded interaction took place, in its own window. */
    public static String dayAndTime(Date date) {
        return in(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)).format(date.toInstant());
    }

    /** A calendar day as a heading, with its weekday. */
    public static String day(java.time.LocalDate day) {
        return in(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)).format(day);
    }

    /** A month of a year as the language writes it: "July 2026", "июль 2026 г.", "2026. július". */
    public static String month(YearMonth month) {
        return monthFormat("yMMMM").format(month);
    }

    /** A month of a year in short, for a chart's axis: "Jul 2026", "2026. júl.". */
    public static String shortMonth(YearMonth month) {
        return monthFormat("yMMM").format(month);
    }

    private static DateTimeFormatter monthFormat(String skeleton) {
        Locale locale = Locale.getDefault();
        return MONTHS.computeIfAbsent(locale.toLanguageTag() + '|' + skeleton, key -> {
            // ICU knows each language's order and the stand-alone month forms; java.time has no such style
            String pattern = DateTimePatternGenerator.getInstance(locale).getBestPattern(skeleton);
            return DateTimeFormatter.ofPattern(pattern, locale);
        });
    }
}
