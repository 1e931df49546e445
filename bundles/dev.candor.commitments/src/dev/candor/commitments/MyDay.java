package dev.candor.commitments;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dev.candor.model.CommitmentKind;
import dev.candor.store.CommitmentSummary;
import dev.candor.store.LastContact;

/**
 * One account manager's day, as of one moment in their team's time zone: the promises overdue
 * and due today, the answers owed under the response-time policy, the promises coming up in the
 * next seven days, and the customers not contacted for longer than the team's
 * {@link ResponsePolicy#quietDays}.
 *
 * @param who         the account manager
 * @param asOf        the moment it was worked out
 * @param zone        the team's time zone: what "today" means
 * @param overdue     promises past due, the longest overdue first
 * @param dueToday    promises due later today, soonest first
 * @param answersOwed open "respond" commitments, soonest due first (overdue ones too)
 * @param comingUp    promises due after today and within {@link #HORIZON}, soonest first
 * @param quiet       customers not contacted for {@code quietDays} days, the longest quiet first
 * @param quietDays   the team's threshold
 * @param quietRead   whether {@code quiet} was read (a first, quicker read leaves it out)
 * @since 0.1
 */
public record MyDay(String who, Instant asOf, ZoneId zone, List<CommitmentSummary> overdue,
        List<CommitmentSummary> dueToday, List<CommitmentSummary> answersOwed, List<CommitmentSummary> comingUp,
        List<LastContact> quiet, int quietDays, boolean quietRead) {

    /** How far ahead "coming up" looks. */
    public static final Duration HORIZON = Duration.ofDays(7);

    /** The most quiet customers listed. */
    public static final int QUIET_LIMIT = 50;

    public MyDay {
        overdue = List.copyOf(overdue);
        dueToday = List.copyOf(dueToday);
        answersOwed = List.copyOf(answersOwed);
        comingUp = List.copyOf(comingUp);
        quiet = List.copyOf(quiet);
    }

    /** The end of the day {@code now} falls on, in {@code zone}. */
    public static Instant endOfDay(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The moment before which a customer's last conversation makes them quiet. */
    public static Instant quietBefore(Instant now, int quietDays) {
        return now.minus(Duration.ofDays(quietDays));
    }

    /**
     * Sorts {@code open} (the person's open commitments due before {@code now} + {@link #HORIZON},
     * soonest first) into the day's sections.
     */
    public static MyDay of(String who, Instant now, ZoneId zone, List<CommitmentSummary> open, List<LastContact> quiet,
            int quietDays) {
        return of(who, now, zone, open, quiet, quietDays, true);
    }

    /** As {@link #of(String, Instant, ZoneId, List, List, int)}; {@code quietRead}: whether {@code quiet} was read. */
    public static MyDay of(String who, Instant now, ZoneId zone, List<CommitmentSummary> open, List<LastContact> quiet,
            int quietDays, boolean quietRead) {
        long nowMillis = now.toEpochMilli();
        long endOfDay = endOfDay(now, zone).toEpochMilli();
        long horizon = now.plus(HORIZON).toEpochMilli();
        List<CommitmentSummary> overdue = new ArrayList<>();
        List<CommitmentSummary> today = new ArrayList<>();
        List<CommitmentSummary> answers = new ArrayList<>();
        List<CommitmentSummary> coming = new ArrayList<>();
        for (CommitmentSummary c : open) {
            if (!c.isOpen() || c.dueAt() >= horizon) {
                continue;
            }
            if (c.kind() == CommitmentKind.RESPOND) {
                answers.add(c);
            } else if (c.dueAt() < nowMillis) {
                overdue.add(c);
            } else if (c.dueAt() < endOfDay) {
                today.add(c);
            } else {
                coming.add(c);
            }
        }
        return new MyDay(who, now, zone, overdue, today, answers, coming, quiet, quietDays, quietRead);
    }

    /** Whether nothing needs the person's attention. */
    public boolean isEmpty() {
        return overdue.isEmpty() && dueToday.isEmpty() && answersOwed.isEmpty() && comingUp.isEmpty()
                && quiet.isEmpty();
    }
}
