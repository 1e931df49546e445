package dev.candor.commitments.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.candor.commitments.BusinessCalendar;
import dev.candor.commitments.PromiseDetector;
import dev.candor.commitments.PromiseSuggestion;

/**
 * Scores {@link PromiseDetector} against labelled sentences (the tests' {@code promises.tsv}):
 * precision and recall per language, and how many named due times it read right.
 */
public final class PromiseCorpus {

    /** The moment the labelled due times are relative to: Wednesday 18 November 2026, 10:00 in Warsaw. */
    public static final ZonedDateTime REFERENCE = ZonedDateTime.of(2026, 11, 18, 10, 0, 0, 0,
            ZoneId.of("Europe/Warsaw"));

    public record Sentence(String language, boolean promise, String due, String text) {
    }

    /** Counts of one language, or of all ("all"). */
    public static final class Score {
        public int truePositives;
        public int falsePositives;
        public int falseNegatives;
        public int trueNegatives;
        public int duesLabelled;
        public int duesRight;
        public final List<String> mistakes = new ArrayList<>();

        public double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }

        public int size() {
            return truePositives + falsePositives + falseNegatives + trueNegatives;
        }
    }

    private PromiseCorpus() {
    }

    public static List<Sentence> read(Path file) throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", 4);
            if (f.length != 4) {
                throw new IOException("Not four tab-separated fields: " + line);
            }
            sentences.add(new Sentence(f[0], "1".equals(f[1]), f[2], f[3]));
        }
        return sentences;
    }

    /** Scores per language, in the corpus's order, then "all". */
    public static Map<String, Score> evaluate(List<Sentence> sentences, PromiseDetector detector) {
        BusinessCalendar calendar = BusinessCalendar.standard(REFERENCE.getZone());
        Map<String, Score> scores = new LinkedHashMap<>();
        Score all = new Score();
        for (Sentence s : sentences) {
            Score score = scores.computeIfAbsent(s.language(), k -> new Score());
            List<PromiseSuggestion> found = detector.detect(s.text(), REFERENCE, calendar);
            boolean detected = !found.isEmpty();
            for (Score target : List.of(score, all)) {
                if (detected && s.promise()) {
                    target.truePositives++;
                } else if (detected) {
                    target.falsePositives++;
                } else if (s.promise()) {
                    target.falseNegatives++;
                } else {
                    target.trueNegatives++;
                }
            }
            if (detected != s.promise()) {
                score.mistakes.add((s.promise() ? "missed: " : "false alarm: ") + s.text());
            }
            if (s.promise() && detected) {
                ZonedDateTime expected = expected(s.due(), calendar);
                ZonedDateTime actual = found.get(0).due() == null ? null
                        : found.get(0).due().atZone(REFERENCE.getZone());
                boolean right = expected == null ? actual == null : expected.isEqual(actual == null ? expected.plusYears(1) : actual);
                for (Score target : List.of(score, all)) {
                    target.duesLabelled++;
                    if (right) {
                        target.duesRight++;
                    }
                }
                if (!right) {
                    score.mistakes.add("due " + actual + " instead of " + s.due() + ": " + s.text());
                }
            }
        }
        scores.put("all", all);
        return scores;
    }

    /** The labelled due code as a time: see the header of promises.tsv. */
    static ZonedDateTime expected(String code, BusinessCalendar calendar) {
        if ("-".equals(code)) {
            return null;
        }
        int at = code.indexOf('@');
        String day = at >= 0 ? code.substring(0, at) : code;
        LocalTime time = at >= 0 ? LocalTime.parse(code.substring(at + 1)) : calendar.closes();
        LocalDate today = REFERENCE.toLocalDate();
        if (day.startsWith("H")) {
            return REFERENCE.plusHours(Integer.parseInt(day.substring(1)));
        }
        LocalDate date = switch (day) {
        case "D0" -> today;
        case "D1" -> today.plusDays(1);
        case "D2" -> today.plusDays(2);
        case "W1" -> today.plusWeeks(1).with(TemporalAdjusters.nextOrSame(java.time.DayOfWeek.FRIDAY));
        case "MON", "TUE", "WED", "THU", "FRI" -> today.with(TemporalAdjusters.nextOrSame(
                java.util.Arrays.stream(java.time.DayOfWeek.values()).filter(d -> d.name().startsWith(day))
                        .findFirst().orElseThrow()));
        default -> LocalDate.parse(day);
        };
        return ZonedDateTime.of(date, time, REFERENCE.getZone());
    }
}
