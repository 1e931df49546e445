package dev.candor.commitments;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * When a team works: the same opening hours on its working days, except on holidays, in
 * one time zone. Business time is counted in real elapsed time between local opening and
 * closing, so a day on which the clocks change still has the hours it is open.
 *
 * @since 0.1
 */
public final class BusinessCalendar {

    /** How far ahead a search for the next working day gives up: a calendar with no working day. */
    private static final int MAX_DAYS_SEARCHED = 3660;

    private final ZoneId zone;
    private final Set<DayOfWeek> workingDays;
    private final LocalTime opens;
    private final LocalTime closes;
    private final Set<LocalDate> holidays;

    /**
     * @throws IllegalArgumentException if there is no working day or the day closes before it opens
     */
    public BusinessCalendar(ZoneId zone, Set<DayOfWeek> workingDays, LocalTime opens, LocalTime closes,
            Set<LocalDate> holidays) {
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("A business calendar needs at least one working day.");
        }
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("The business day closes (" + closes + ") before it opens (" + opens + ").");
        }
        this.zone = zone;
        this.workingDays = Collections.unmodifiableSet(EnumSet.copyOf(workingDays));
        this.opens = opens;
        this.closes = closes;
        this.holidays = Collections.unmodifiableSet(new TreeSet<>(holidays));
    }

    /** Monday to Friday, 9:00 to 17:00, no holidays. */
    public static BusinessCalendar standard(ZoneId zone) {
        return new BusinessCalendar(zone, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
                LocalTime.of(17, 0), Set.of());
    }

    public ZoneId zone() {
        return zone;
    }

    public Set<DayOfWeek> workingDays() {
        return workingDays;
    }

    public LocalTime opens() {
        return opens;
    }

    public LocalTime closes() {
        return closes;
    }

    public Set<LocalDate> holidays() {
        return holidays;
    }

    public BusinessCalendar withHolidays(Set<LocalDate> days) {
        return new BusinessCalendar(zone, workingDays, opens, closes, days);
    }

    public boolean isWorkingDay(LocalDate day) {
        return workingDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** The nominal length of a business day, as the opening hours read. */
    public Duration dayLength() {
        return Duration.between(opens, closes);
    }

    public boolean isOpen(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalDate();
        return isWorkingDay(day) && !at.isBefore(opening(day)) && at.isBefore(closing(day));
    }

    /**
     * The instant {@code amount} of business time after {@code start}: time outside opening
     * hours, on weekends and holidays does not count. Starting outside hours counts from the
     * next opening.
     */
    public Instant plusBusinessTime(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("A negative amount of business time: " + amount);
        }
        Duration left = amount;
        Instant cursor = start;
        LocalDate day = start.atZone(zone).toLocalDate();
        for (int searched = 0; searched < MAX_DAYS_SEARCHED; searched++, day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant open = opening(day);
            Instant close = closing(day);
            if (!cursor.isBefore(close)) {
                continue;
            }
            Instant from = cursor.isAfter(open) ? cursor : open;
            Duration available = Duration.between(from, close);
            if (left.compareTo(available) <= 0) {
                return from.plus(left);
            }
            left = left.minus(available);
            cursor = close;
        }
        throw new IllegalStateException("No working day within ten years of " + start);
    }

    /**
     * {@code days} business days after {@code start}: as much business time as that many
     * business days hold, so a request at 16:00 is due at 16:00 on the next working day.
     */
    public Instant plusBusinessDays(Instant start, int days) {
        return plusBusinessTime(start, dayLength().multipliedBy(days));
    }

    /** The closing time of the working day on or after {@code day}. */
    public Instant endOfBusinessDay(LocalDate day) {
        LocalDate d = day;
        for (int searched = 0; searched < MAX_DAYS_SEARCHED; searched++, d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                return closing(d);
            }
        }
        throw new IllegalStateException("No working day within ten years of " + day);
    }

    private Instant opening(LocalDate day) {
        return ZonedDateTime.of(day, opens, zone).toInstant();
    }

    private Instant closing(LocalDate day) {
        return ZonedDateTime.of(day, closes, zone).toInstant();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BusinessCalendar c && zone.equals(c.zone) && workingDays.equals(c.workingDays)
                && opens.equals(c.opens) && closes.equals(c.closes) && holidays.equals(c.holidays);
    }

    @Override
    public int hashCode() {
        return zone.hashCode() ^ workingDays.hashCode() ^ opens.hashCode() ^ holidays.hashCode();
    }
}
