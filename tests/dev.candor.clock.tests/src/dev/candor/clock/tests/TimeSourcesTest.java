package dev.candor.clock.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.Test;

/**
 * Nothing in Candor, its tests or its benchmarks reads the machine's clock or time zone but
 * the clock service: code asks the {@link java.time.Clock} it was given. A test that compares
 * a literal date with the machine's clock cannot be written without one of these reads, so
 * none can come back unnoticed.
 *
 * <p>A line may read the machine's clock or zone when it says why with a {@code // machine clock:} comment:
 * timing a start across processes is such a case.</p>
 */
public class TimeSourcesTest {

    /** What reads the machine's clock or zone. */
    private static final Pattern MACHINE_TIME = Pattern.compile(String.join("|",
            "System\\s*\\.\\s*currentTimeMillis\\s*\\(",
            "\\bnew\\s+(java\\.util\\.)?Date\\s*\\(\\s*\\)",
            "\\b(Instant|LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime|OffsetTime|Year|YearMonth|MonthDay)"
                    + "\\s*\\.\\s*now\\s*\\((?![^)]*[cC]lock)",
            "\\bClock\\s*\\.\\s*(system|systemDefaultZone|systemUTC)\\s*\\(",
            "\\bZoneId\\s*\\.\\s*systemDefault\\s*\\(",
            "\\bTimeZone\\s*\\.\\s*getDefault\\s*\\(",
            "\\bCalendar\\s*\\.\\s*getInstance\\s*\\(",
            "\\bnew\\s+(java\\.util\\.)?GregorianCalendar\\s*\\(\\s*\\)",
            "\\bInstantSource\\s*\\.\\s*system\\s*\\(",
            // SQL asks the database server's clock
            "\\bCURRENT[_ ](TIMESTAMP|DATE|TIME)\\b"));

    private static final String EXCUSE = "// machine clock:";
    private static final Path THIS_TEST = Path.of("tests", "dev.candor.clock.tests", "src", "dev", "candor", "clock",
            "tests", "TimeSourcesTest.java");

    /** The one place that may: the clock service itself. */
    private static final Path CLOCK_SERVICE = Path.of("bundles", "dev.candor.clock");

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isDirectory(dir.resolve("bundles")) && Files.isDirectory(dir.resolve("releng")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new AssertionError("not run inside the Candor source tree: " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static List<Path> javaSources(Path root, String... tops) throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String top : tops) {
            try (Stream<Path> files = Files.walk(root.resolve(top))) {
                files.filter(p -> p.toString().endsWith(".java"))
                        .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/bin/"))
                        .forEach(sources::add);
            }
        }
        return sources;
    }

    /** Lines of {@code sources} that match and carry no excuse, as path:line: text. */
    static List<String> offending(Path root, List<Path> sources, Pattern pattern) {
        List<String> found = new ArrayList<>();
        for (Path source : sources) {
            Path relative = root.relativize(source);
            if (relative.startsWith(CLOCK_SERVICE) || relative.equals(THIS_TEST)) {
                continue;
            }
            List<String> lines;
            try {
                lines = Files.readAllLines(source, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String code = line.strip();
                if (code.startsWith("*") || code.startsWith("//") || code.startsWith("/*")) {
                    continue; // a comment about the rule is no breach of it
                }
                if (pattern.matcher(line).find() && !line.contains(EXCUSE)) {
                    found.add(relative + ":" + (i + 1) + ": " + code);
                }
            }
        }
        return found;
    }

    @Test
    public void noCodeReadsTheMachinesClockOrZone() throws IOException {
        Path root = root();
        List<Path> sources = javaSources(root, "bundles", "tests", "releng");
        try (Stream<Path> scripts = Files.walk(root.resolve("bundles"))) {
            scripts.filter(p -> p.toString().endsWith(".sql") && !p.toString().contains("/target/")).forEach(sources::add);
        }
        assertTrue("too few sources found under " + root + ": " + sources.size(), sources.size() > 300);
        assertEquals("read the time from the injected java.time.Clock (tests: a fixed clock, or the product's"
                + " through CandorUi.clock()); wait with System.nanoTime()", List.of(),
                offending(root, sources, MACHINE_TIME));
    }

    @Test
    public void theRuleFindsWhatItIsMeantToFind() {
        for (String bad : List.of("long t = System.currentTimeMillis();", "d = new Date();", "new java.util.Date()",
                "Instant.now()", "LocalDate.now(zone)", "LocalDate.now()", "ZonedDateTime.now(ZoneOffset.UTC)",
                "Clock.systemUTC()", "ZoneId.systemDefault()", "TimeZone.getDefault()", "Calendar.getInstance()",
                "\" VALUES (1, CURRENT_TIMESTAMP)\"", "WHERE DUE_AT < CURRENT DATE")) {
            assertTrue(bad, MACHINE_TIME.matcher(bad).find());
        }
        for (String good : List.of("LocalDate.now(clock)", "YearMonth.now(this.clock)", "new Date(millis)",
                "clock.instant()", "System.nanoTime()", "Date.from(clock.instant())")) {
            assertTrue(good, !MACHINE_TIME.matcher(good).find());
        }
    }
}
