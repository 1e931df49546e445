package dev.candor.commitments;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A response target in business time: minutes, hours or business days, written
 * {@code 30m}, {@code 4h} or {@code 3d}.
 *
 * @since 0.1
 */
public record BusinessSpan(int amount, Unit unit) {

    public enum Unit {
        MINUTES("m"), HOURS("h"), BUSINESS_DAYS("d");

        private final String suffix;

        Unit(String suffix) {
            this.suffix = suffix;
        }
    }

    private static final Pattern TEXT = Pattern.compile("\\s*(\\d{1,4})\\s*([mhd])\\s*");

    public BusinessSpan {
        if (amount <= 0) {
            throw new IllegalArgumentException("A response target must be positive: " + amount);
        }
    }

    /**
     * @throws IllegalArgumentException naming the text when it is not like {@code 30m}, {@code 4h}, {@code 3d}
     */
    public static BusinessSpan parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("\u201c" + text
                    + "\u201d is not a response target: write minutes, hours or business days as 30m, 4h or 3d.");
        }
        int amount = Integer.parseInt(m.group(1));
        Unit unit = switch (m.group(2)) {
        case "m" -> Unit.MINUTES;
        case "h" -> Unit.HOURS;
        default -> Unit.BUSINESS_DAYS;
        };
        return new BusinessSpan(amount, unit);
    }

    /** The instant this span of business time after {@code start} in {@code calendar}. */
    public Instant after(Instant start, BusinessCalendar calendar) {
        return switch (unit) {
        case MINUTES -> calendar.plusBusinessTime(start, Duration.ofMinutes(amount));
        case HOURS -> calendar.plusBusinessTime(start, Duration.ofHours(amount));
        case BUSINESS_DAYS -> calendar.plusBusinessDays(start, amount);
        };
    }

    @Override
    public String toString() {
        return amount + unit.suffix;
    }
}
