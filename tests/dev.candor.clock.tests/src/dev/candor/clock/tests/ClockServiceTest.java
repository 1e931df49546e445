package dev.candor.clock.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.candor.clock.internal.CandorClock;

/** Candor's clock: one OSGi service, and where {@code candor.clock} moves it. */
public class ClockServiceTest {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    /** Stands for the machine's clock: fixed, so that "moved by" is exact. */
    private static final Clock MACHINE = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), KYIV);

    @Test
    public void theClockIsAServiceInTheMachinesZone() throws Exception {
        ServiceTracker<Clock, Clock> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(getClass()).getBundleContext(), Clock.class, null);
        tracker.open();
        try {
            Clock clock = tracker.waitForService(30_000);
            assertNotNull("no java.time.Clock service: is Declarative Services running?", clock);
            assertTrue(clock.toString(), clock instanceof CandorClock);
            assertEquals(ZoneId.systemDefault(), clock.getZone()); // machine clock: the service's zone is the machine's
            assertEquals(1, tracker.getServiceReferences().length);
        } finally {
            tracker.close();
        }
    }

    @Test
    public void withoutTheStartPropertyTheMachinesClockIsKept() {
        assertEquals(MACHINE, CandorClock.create(null, MACHINE));
        assertEquals(MACHINE, CandorClock.create("  ", MACHINE));
    }

    @Test
    public void theStartPropertyMovesTheClockAndItRunsOnFromThere() {
        Clock instant = CandorClock.create("2031-03-01T09:00:00Z", MACHINE);
        assertEquals(Instant.parse("2031-03-01T09:00:00Z"), instant.instant());
        assertEquals(KYIV, instant.getZone());
        // a local date and time, and a date (09:00), are times of the clock's zone
        assertEquals(Instant.parse("2024-02-29T07:30:00Z"), CandorClock.create("2024-02-29T09:30", MACHINE).instant());
        assertEquals(Instant.parse("2024-02-29T07:00:00Z"), CandorClock.create("2024-02-29", MACHINE).instant());
        assertEquals(Instant.parse("2031-03-01T08:00:00Z"),
                CandorClock.create("2031-03-01T09:00+01:00", MACHINE).instant());
    }

    /** A machine clock the test moves on. */
    private static final class Ticking extends Clock {
        Instant now = Instant.parse("2026-12-04T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return KYIV;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    public void aMovedClockRunsOnWithTheMachines() {
        Ticking machine = new Ticking();
        Clock moved = CandorClock.create("2031-03-01T09:00:00Z", machine);
        assertEquals(Instant.parse("2031-03-01T09:00:00Z"), moved.instant());
        machine.now = machine.now.plus(Duration.ofMinutes(5));
        assertEquals(Instant.parse("2031-03-01T09:05:00Z"), moved.instant());
    }

    @Test
    public void aStartThatIsNoTimeIsRefusedWithWhatItShouldBe() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CandorClock.create("next Tuesday", MACHINE));
        assertTrue(e.getMessage(), e.getMessage().contains("candor.clock=next Tuesday"));
        assertTrue(e.getMessage(), e.getMessage().contains("2031-03-01T09:00:00Z"));
    }
}
