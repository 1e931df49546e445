package dev.candor.commitments;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.candor.model.Priority;

/**
 * A team's response-time policy: per priority, how soon a first response and a follow-up
 * are due, in the team's business calendar; and who is on the team.
 * <p>
 * Stored as text, one {@code key = value} per line:
 *
 * <pre>
 * zone = Europe/Warsaw
 * days = MON TUE WED THU FRI
 * hours = 09:00-17:00
 * holidays = 2026-12-24, 2026-12-25
 * members = Anna Kowalska, Jan Nowak
 * high = 1h / 1d
 * medium = 4h / 3d
 * low = 1d / 5d
 * quiet = 30
 * </pre>
 * <p>
 * {@code quiet}: after how many days without a conversation a customer shows in the account
 * manager's My Day as one to contact (proactivity).
 *
 * @since 0.1
 */
public record ResponsePolicy(String team, BusinessCalendar calendar, Set<String> members,
        Map<Priority, Targets> targets, int quietDays) {

    /** Days without a conversation before a customer counts as not contacted, unless the policy says. */
    public static final int DEFAULT_QUIET_DAYS = 30;

    /** A policy with the default {@link #quietDays}. */
    public ResponsePolicy(String team, BusinessCalendar calendar, Set<String> members, Map<Priority, Targets> targets) {
        this(team, calendar, members, targets, DEFAULT_QUIET_DAYS);
    }

    /** First-response and follow-up targets of one priority. */
    public record Targets(BusinessSpan firstResponse, BusinessSpan followUp) {
        @Override
        public String toString() {
            return firstResponse + " / " + followUp;
        }
    }

    /** The team every account manager without a team of their own belongs to. */
    public static final String DEFAULT_TEAM = "default";

    public ResponsePolicy {
        members = Collections.unmodifiableSet(new LinkedHashSet<>(members));
        Map<Priority, Targets> copy = new EnumMap<>(Priority.class);
        copy.putAll(targets);
        for (Priority p : Priority.VALUES) {
            if (!copy.containsKey(p)) {
                throw new IllegalArgumentException("The policy of team " + team + " has no targets for priority " + p);
            }
        }
        targets = Collections.unmodifiableMap(copy);
        if (quietDays < 1) {
            throw new IllegalArgumentException("The policy of team " + team + " counts customers as quiet after "
                    + quietDays + " days; at least 1.");
        }
    }

    /** High 1 h / 1 business day, medium 4 h / 3, low 1 business day / 5; Monday to Friday 9 to 17. */
    public static ResponsePolicy defaults(String team, ZoneId zone) {
        Map<Priority, Targets> targets = new EnumMap<>(Priority.class);
        targets.put(Priority.HIGH, new Targets(BusinessSpan.parse("1h"), BusinessSpan.parse("1d")));
        targets.put(Priority.MEDIUM, new Targets(BusinessSpan.parse("4h"), BusinessSpan.parse("3d")));
        targets.put(Priority.LOW, new Targets(BusinessSpan.parse("1d"), BusinessSpan.parse("5d")));
        return new ResponsePolicy(team, BusinessCalendar.standard(zone), Set.of(), targets);
    }

    /** When the first response to something received at {@code received} is due. */
    public Instant firstResponseDue(Priority priority, Instant received) {
        return targets.get(priority).firstResponse().after(received, calendar);
    }

    /** When a follow-up promised at {@code promised} is due. */
    public Instant followUpDue(Priority priority, Instant promised) {
        return targets.get(priority).followUp().after(promised, calendar);
    }

    /** The policy as text, in the format this class parses. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append("zone = ").append(calendar.zone().getId()).append('\n');
        out.append("days = ").append(calendar.workingDays().stream().map(d -> d.name().substring(0, 3))
                .collect(Collectors.joining(" "))).append('\n');
        out.append("hours = ").append(calendar.opens()).append('-').append(calendar.closes()).append('\n');
        out.append("holidays = ").append(calendar.holidays().stream().map(LocalDate::toString)
                .collect(Collectors.joining(", "))).append('\n');
        out.append("members = ").append(String.join(", ", members)).append('\n');
        for (Priority p : Priority.VALUES) {
            out.append(p.getLiteral()).append(" = ").append(targets.get(p)).append('\n');
        }
        out.append("quiet = ").append(quietDays).append('\n');
        return out.toString();
    }

    /**
     * Reads a policy written by {@link #format()}; missing lines take the defaults.
     *
     * @throws PolicyFormatException listing every line that is wrong, with its number
     */
    public static ResponsePolicy parse(String team, String text) throws PolicyFormatException {
        ResponsePolicy defaults = defaults(team, ZoneId.of("UTC"));
        List<String> problems = new ArrayList<>();
        ZoneId zone = defaults.calendar().zone();
        Set<DayOfWeek> days = defaults.calendar().workingDays();
        LocalTime opens = defaults.calendar().opens();
        LocalTime closes = defaults.calendar().closes();
        Set<LocalDate> holidays = new TreeSet<>();
        Set<String> members = new LinkedHashSet<>();
        Map<Priority, Targets> targets = new EnumMap<>(defaults.targets());
        int quiet = DEFAULT_QUIET_DAYS;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = "Line " + (i + 1) + ": ";
            int eq = line.indexOf('=');
            if (eq < 0) {
                problems.add(where + "\u201c" + line + "\u201d is not of the form key = value.");
                continue;
            }
            String key = line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(eq + 1).strip();
            try {
                switch (key) {
                case "zone" -> zone = ZoneId.of(value);
                case "days" -> days = days(value);
                case "hours" -> {
                    String[] range = value.split("\\s*-\\s*");
                    if (range.length != 2) {
                        throw new IllegalArgumentException("the opening hours must read like 09:00-17:00.");
                    }
                    opens = LocalTime.parse(range[0]);
                    closes = LocalTime.parse(range[1]);
                    if (!closes.isAfter(opens)) {
                        throw new IllegalArgumentException("the business day closes before it opens.");
                    }
                }
                case "holidays" -> {
                    for (String day : value.split("[,\\s]+")) {
                        if (!day.isEmpty()) {
                            holidays.add(LocalDate.parse(day));
                        }
                    }
                }
                case "quiet" -> {
                    try {
                        quiet = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        quiet = 0;
                    }
                    if (quiet < 1 || quiet > 3650) {
                        throw new IllegalArgumentException("quiet is a number of days from 1 to 3650, like 30.");
                    }
                }
                case "members" -> {
                    for (String member : value.split(",")) {
                        if (!member.isBlank()) {
                            members.add(member.strip());
                        }
                    }
                }
                default -> {
                    Priority priority = Priority.get(key);
                    if (priority == null) {
                        throw new IllegalArgumentException("\u201c" + key + "\u201d is not a setting of a policy"
                                + " (zone, days, hours, holidays, members, high, medium, low, quiet).");
                    }
                    String[] pair = value.split("\\s*/\\s*");
                    if (pair.length != 2) {
                        throw new IllegalArgumentException("the targets must read like 4h / 3d (first response / follow-up).");
                    }
                    targets.put(priority, new Targets(BusinessSpan.parse(pair[0]), BusinessSpan.parse(pair[1])));
                }
                }
            } catch (DateTimeParseException e) {
                problems.add(where + "\u201c" + e.getParsedString() + "\u201d is not a date (2026-12-24) or time (09:00).");
            } catch (DateTimeException e) {
                problems.add(where + "\u201c" + value + "\u201d is not a known time zone (like Europe/Warsaw).");
            } catch (IllegalArgumentException e) {
                String message = e.getMessage();
                problems.add(where + Character.toUpperCase(message.charAt(0)) + message.substring(1));
            }
        }
        if (!problems.isEmpty()) {
            throw new PolicyFormatException(team, problems);
        }
        return new ResponsePolicy(team, new BusinessCalendar(zone, days, opens, closes, holidays), members, targets,
                quiet);
    }

    private static Set<DayOfWeek> days(String value) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String word : value.split("[,\\s]+")) {
            if (word.isEmpty()) {
                continue;
            }
            DayOfWeek found = null;
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d.name().startsWith(word.toUpperCase(Locale.ROOT)) && word.length() >= 3) {
                    found = d;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("\u201c" + word + "\u201d is not a day of the week (MON, TUE, \u2026).");
            }
            days.add(found);
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a team needs at least one working day.");
        }
        return days;
    }
}
