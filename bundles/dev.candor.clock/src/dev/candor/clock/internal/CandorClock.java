package dev.candor.clock.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Candor's one source of the current time, registered as the OSGi service {@link Clock}: every
 * bundle that asks "what time is it" gets this service (or a clock passed to it), never the
 * system clock directly, so tests fix the time and a whole installation can be moved in time.
 *
 * <p>Its zone is the user's (the JVM's default zone when Candor starts): the zone times are shown
 * in. Business hours and due dates use their team's calendar zone instead.</p>
 *
 * <p>The system property {@code candor.clock} starts the clock at another time, from where it runs
 * on: an instant ({@code 2031-03-01T09:00:00Z}), a local date and time ({@code 2031-03-01T09:00})
 * or a date ({@code 2031-03-01}, at 09:00), local ones in the clock's zone.</p>
 */
public final class CandorClock extends Clock {

    /** The system property that starts the clock at another time. */
    public static final String START_PROPERTY = "candor.clock"; //$NON-NLS-1$

    private volatile Clock delegate = Clock.systemDefaultZone();

    /** Declarative Services: applies {@link #START_PROPERTY}. */
    public void activate() {
        delegate = create(System.getProperty(START_PROPERTY), Clock.systemDefaultZone());
    }

    /**
     * The clock {@code system} moved to start at {@code start} (see the class comment), or
     * {@code system} itself when {@code start} is blank.
     *
     * @throws IllegalArgumentException naming what cannot be read
     */
    public static Clock create(String start, Clock system) {
        if (start == null || start.isBlank()) {
            return system;
        }
        Instant at = parse(start.strip(), system.getZone());
        return Clock.offset(system, Duration.between(system.instant(), at));
    }

    private static Instant parse(String text, ZoneId zone) {
        try {
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) { //$NON-NLS-1$ //$NON-NLS-2$
                return java.time.OffsetDateTime.parse(text).toInstant();
            }
            if (text.contains("T")) { //$NON-NLS-1$
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            }
            return LocalDate.parse(text).atTime(LocalTime.of(9, 0)).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(START_PROPERTY + "=" + text //$NON-NLS-1$
                    + " is neither an instant (2031-03-01T09:00:00Z), a local date and time (2031-03-01T09:00)" //$NON-NLS-1$
                    + " nor a date (2031-03-01)", e); //$NON-NLS-1$
        }
    }

    @Override
    public ZoneId getZone() {
        return delegate.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return delegate.withZone(Objects.requireNonNull(zone));
    }

    @Override
    public Instant instant() {
        return delegate.instant();
    }

    @Override
    public long millis() {
        return delegate.millis();
    }

    @Override
    public String toString() {
        return "CandorClock[" + delegate + "]"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
