package dev.candor.nls.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import dev.candor.nls.Dates;

/**
 * Issue 20, item 13: one date style per kind of place, from the locale. The months of the
 * dashboard in each language's own order and forms (checked against what a speaker writes), the
 * same instant written the same way by every style's callers, and no screen of Candor with a date
 * pattern or a style of its own.
 */
public class DatesTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private Locale locale;

    @Before
    public void remember() {
        locale = Locale.getDefault();
    }

    @After
    public void restore() {
        Locale.setDefault(locale);
    }

    @Test
    public void monthsAreWrittenAsEachLanguageWritesThem() {
        YearMonth july = YearMonth.of(2026, 7);
        Locale.setDefault(Locale.ENGLISH);
        assertEquals("July 2026", Dates.month(july));
        assertEquals("Jul 2026", Dates.shortMonth(july));
        Locale.setDefault(Locale.forLanguageTag("hu"));
        // the year first, with its full stop; not "július 2026"
        assertEquals("2026. július", Dates.month(july));
        Locale.setDefault(Locale.forLanguageTag("ru"));
        // the stand-alone form of the month (июль, not июля)
        assertTrue(Dates.month(july), Dates.month(july).startsWith("июль 2026"));
        Locale.setDefault(Locale.forLanguageTag("pl"));
        assertTrue(Dates.month(july), Dates.month(july).startsWith("lipiec 2026"));
        Locale.setDefault(Locale.forLanguageTag("uk"));
        assertTrue(Dates.month(july), Dates.month(july).startsWith("липень 2026"));
    }

    @Test
    public void theStylesFollowTheLocaleAndTheCallersZone() {
        // 23:30 UTC on 22 July is 01:30 on 23 July in Warsaw
        Instant late = Instant.parse("2026-07-22T23:30:00Z");
        Locale.setDefault(Locale.forLanguageTag("hu"));
        assertEquals("2026. júl. 23.", Dates.date(late, WARSAW));
        assertTrue(Dates.dateTime(late, WARSAW), Dates.dateTime(late, WARSAW).startsWith("2026. júl. 23.")
                && Dates.dateTime(late, WARSAW).endsWith("1:30"));
        assertTrue(Dates.day(LocalDate.of(2026, 7, 23)), Dates.day(LocalDate.of(2026, 7, 23)).contains("csütörtök"));
        Locale.setDefault(Locale.ENGLISH);
        assertEquals("Jul 23, 2026", Dates.date(late, WARSAW));
        assertEquals("Thursday, July 23, 2026", Dates.day(LocalDate.of(2026, 7, 23)));
        assertEquals(Dates.day(late, WARSAW), Dates.day(LocalDate.of(2026, 7, 23)));
        // a heading in a list: short, with the weekday, in the language's order
        assertEquals("Thu, Jul 23, 2026", Dates.shortDay(LocalDate.of(2026, 7, 23)));
        Locale.setDefault(Locale.forLanguageTag("hu"));
        assertTrue(Dates.shortDay(LocalDate.of(2026, 7, 23)), Dates.shortDay(LocalDate.of(2026, 7, 23)).startsWith("2026. júl. 23."));
        Locale.setDefault(Locale.ENGLISH);
        // the zone is the caller's: in New York it is still the 22nd, at 19:30
        assertEquals("Jul 22, 2026", Dates.date(late, ZoneId.of("America/New_York")));
    }

    /** Candor's screens format dates only through {@link Dates}: no pattern, no style of their own. */
    @Test
    public void noScreenHasADateStyleOfItsOwn() throws Exception {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isDirectory(dir.resolve("bundles")) && Files.isDirectory(dir.resolve("releng")))) {
            dir = dir.getParent();
        }
        assertTrue("run inside the Candor source tree", dir != null);
        Path bundles = dir.resolve("bundles");
        Pattern own = Pattern.compile("DateFormat\\.get\\w*Instance|DateTimeFormatter\\.ofPattern|ofLocalized(Date|Time|DateTime)\\(|SimpleDateFormat");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(bundles)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String path = bundles.relativize(file).toString();
                // the UI bundles of core; the example bundles show what a third party writes
                if (!path.startsWith("dev.candor.") || !path.split("/")[0].endsWith(".ui")
                        || path.startsWith("dev.candor.examples.") || path.startsWith("dev.candor.nls")) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (own.matcher(lines.get(i)).find()) {
                        found.add(path + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertEquals(String.join("\n", found), List.of(), found);
    }
}
