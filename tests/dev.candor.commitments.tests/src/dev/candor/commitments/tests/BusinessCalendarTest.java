package dev.candor.commitments.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

import org.junit.Test;

import dev.candor.commitments.BusinessCalendar;
import dev.candor.commitments.BusinessSpan;
import dev.candor.commitments.PolicyFormatException;
import dev.candor.commitments.ResponsePolicy;
import dev.candor.model.Priority;

/** Due times under business hours, weekends, holidays and daylight-saving changes. */
public class BusinessCalendarTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private final BusinessCalendar warsaw = BusinessCalendar.standard(WARSAW);

    private static Instant at(String local, ZoneId zone) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    private static String local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDateTime().toString();
    }

    @Test
    public void countsOnlyOpeningHours() {
        // Wednesday 16:00 + 4 h: one hour today, three from 9:00 tomorrow
        assertEquals("2026-11-19T12:00", local(warsaw.plusBusinessTime(at("2026-11-18T16:00", WARSAW),
                Duration.ofHours(4)), WARSAW));
        // received in the night: counting starts at the opening
        assertEquals("2026-11-18T10:00", local(warsaw.plusBusinessTime(at("2026-11-18T03:00", WARSAW),
                Duration.ofHours(1)), WARSAW));
        // exactly at closing time: nothing left today
        assertEquals("2026-11-19T10:00", local(warsaw.plusBusinessTime(at("2026-11-18T17:00", WARSAW),
                Duration.ofHours(1)), WARSAW));
        assertTrue(warsaw.isOpen(at("2026-11-18T09:00", WARSAW)));
        assertFalse(warsaw.isOpen(at("2026-11-18T17:00", WARSAW)));
    }

    @Test
    public void skipsWeekendsAndHolidays() {
        // Friday 16:30 + 1 h: half an hour on Friday, half on Monday
        assertEquals("2026-11-23T09:30", local(warsaw.plusBusinessTime(at("2026-11-20T16:30", WARSAW),
                Duration.ofHours(1)), WARSAW));
        // Saturday: first business hour is Monday 9-10
        assertEquals("2026-11-23T10:00", local(warsaw.plusBusinessTime(at("2026-11-21T11:00", WARSAW),
                Duration.ofHours(1)), WARSAW));
        // Christmas Eve and both days of Christmas are holidays in this team
        BusinessCalendar christmas = warsaw.withHolidays(Set.of(LocalDate.of(2026, 12, 24),
                LocalDate.of(2026, 12, 25)));
        // Wednesday 23 Dec 15:00 + 1 business day (8 h): 2 h on the 23rd, then Thursday and Friday are
        // holidays and the weekend follows, so 6 h on Monday 28th
        assertEquals("2026-12-28T15:00", local(christmas.plusBusinessDays(at("2026-12-23T15:00", WARSAW), 1),
                WARSAW));
        assertEquals("2026-12-28T17:00", local(christmas.endOfBusinessDay(LocalDate.of(2026, 12, 24)), WARSAW));
    }

    @Test
    public void businessDaysKeepTheTimeOfDay() {
        assertEquals("2026-11-19T16:00", local(warsaw.plusBusinessDays(at("2026-11-18T16:00", WARSAW), 1), WARSAW));
        assertEquals("2026-11-25T11:15", local(warsaw.plusBusinessDays(at("2026-11-18T11:15", WARSAW), 5), WARSAW));
        // after hours on Friday: counting starts Monday 9:00, one business day ends Monday 17:00
        assertEquals("2026-11-23T17:00", local(warsaw.plusBusinessDays(at("2026-11-20T20:00", WARSAW), 1), WARSAW));
    }

    @Test
    public void survivesDaylightSavingChanges() {
        // Sunday 29 March 2026, clocks go forward in Warsaw; a weekend-working team opens 9-17 every day
        BusinessCalendar everyDay = new BusinessCalendar(WARSAW, java.util.EnumSet.allOf(java.time.DayOfWeek.class),
                java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0), Set.of());
        assertEquals("2026-03-29T13:00", local(everyDay.plusBusinessTime(at("2026-03-28T16:00", WARSAW),
                Duration.ofHours(5)), WARSAW));
        // a night shift 01:00-05:00 across the change: 02:00-03:00 does not exist, so the day has 3 real hours
        BusinessCalendar night = new BusinessCalendar(WARSAW, java.util.EnumSet.allOf(java.time.DayOfWeek.class),
                java.time.LocalTime.of(1, 0), java.time.LocalTime.of(5, 0), Set.of());
        assertEquals("2026-03-30T02:00", local(night.plusBusinessTime(at("2026-03-29T01:00", WARSAW),
                Duration.ofHours(4)), WARSAW));
        // autumn: 25 October 2026 has 02:00-03:00 twice, so the same shift has 5 real hours
        assertEquals("2026-10-25T04:00", local(night.plusBusinessTime(at("2026-10-25T01:00", WARSAW),
                Duration.ofHours(4)), WARSAW));
        // New York changes on other dates (1 November 2026): a Friday request is due Monday in local hours
        BusinessCalendar ny = BusinessCalendar.standard(NEW_YORK);
        assertEquals("2026-11-02T10:00", local(ny.plusBusinessTime(at("2026-10-30T16:00", NEW_YORK),
                Duration.ofHours(2)), NEW_YORK));
    }

    @Test
    public void policyTargetsPerPriority() throws Exception {
        ResponsePolicy policy = ResponsePolicy.defaults("default", WARSAW);
        Instant received = at("2026-11-18T16:30", WARSAW);
        assertEquals("2026-11-19T09:30", local(policy.firstResponseDue(Priority.HIGH, received), WARSAW));
        assertEquals("2026-11-19T12:30", local(policy.firstResponseDue(Priority.MEDIUM, received), WARSAW));
        assertEquals("2026-11-19T16:30", local(policy.firstResponseDue(Priority.LOW, received), WARSAW));
        assertEquals("2026-11-19T16:30", local(policy.followUpDue(Priority.HIGH, received), WARSAW));
        assertEquals("2026-11-23T16:30", local(policy.followUpDue(Priority.MEDIUM, received), WARSAW));
        assertEquals("2026-11-25T16:30", local(policy.followUpDue(Priority.LOW, received), WARSAW));
    }

    @Test
    public void policyTextRoundTripsAndNamesEveryMistake() throws Exception {
        String text = "zone = America/New_York\ndays = MON TUE WED THU\nhours = 08:30-16:30\n"
                + "holidays = 2026-11-26, 2026-12-25\nmembers = Anna Kowalska, Jan Nowak\nhigh = 30m / 1d\n";
        ResponsePolicy policy = ResponsePolicy.parse("US", text);
        assertEquals(NEW_YORK, policy.calendar().zone());
        assertEquals(4, policy.calendar().workingDays().size());
        assertEquals(Set.of("Anna Kowalska", "Jan Nowak"), policy.members());
        assertEquals(BusinessSpan.parse("30m"), policy.targets().get(Priority.HIGH).firstResponse());
        assertEquals(BusinessSpan.parse("4h"), policy.targets().get(Priority.MEDIUM).firstResponse());
        assertEquals(policy, ResponsePolicy.parse("US", policy.format()));
        // Thanksgiving (Thursday 26th) is a holiday, Friday is not a working day: due Monday
        ZonedDateTime due = policy.calendar().plusBusinessTime(at("2026-11-25T16:00", NEW_YORK), Duration.ofHours(1))
                .atZone(NEW_YORK);
        assertEquals("2026-11-30T09:00", due.toLocalDateTime().toString());
        try {
            ResponsePolicy.parse("bad", "zone = Mars/Olympus\nhours = 17:00-09:00\nholidays = 2026-13-01\n"
                    + "urgent = 1h / 1d\nhigh = soon\nno equals sign");
            fail("a wrong policy was accepted");
        } catch (PolicyFormatException e) {
            assertEquals(6, e.getProblems().size());
            assertTrue(e.getProblems().get(0), e.getProblems().get(0).startsWith("Line 1: "));
            assertTrue(e.getProblems().get(0), e.getProblems().get(0).contains("Mars/Olympus"));
            assertTrue(e.getProblems().get(1), e.getProblems().get(1).contains("closes before it opens"));
            assertTrue(e.getProblems().get(3), e.getProblems().get(3).contains("urgent"));
            assertTrue(e.getProblems().get(4), e.getProblems().get(4).contains("4h / 3d"));
            assertTrue(e.getProblems().get(5), e.getProblems().get(5).startsWith("Line 6: "));
        }
    }
}
