package dev.candor.ethics.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.candor.commitments.BusinessCalendar;
import dev.candor.ethics.AutomaticReview;
import dev.candor.ethics.ReviewContext;
import dev.candor.ethics.ReviewEngine;
import dev.candor.model.CandorFactory;
import dev.candor.model.Channel;
import dev.candor.model.Customer;
import dev.candor.model.Direction;
import dev.candor.model.Interaction;

/**
 * The labelled messages of dev.candor.ethics.tests/corpus/ethics.tsv (see its
 * header) and their evaluation: per check and language, how many failures the
 * check found that the label names (true positives), found that it does not
 * (false positives) and missed. Used by the tests and the benchmark.
 */
public final class EthicsCorpus {

    /** The checks the corpus labels, by their short names. */
    public static final List<String> CHECKS = List.of("greeting", "slang", "competitors", "pressure", "emotion", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "undatedPromise", "personalData"); //$NON-NLS-1$ //$NON-NLS-2$

    /** One labelled message. */
    public record Sample(int line, String language, Channel channel, Direction direction, Set<String> expected,
            String subject, String text) {
    }

    /** Found / wrongly found / missed. */
    public record Counts(int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            int found = truePositives + falsePositives;
            return found == 0 ? 1 : (double) truePositives / found;
        }

        public double recall() {
            int real = truePositives + falseNegatives;
            return real == 0 ? 1 : (double) truePositives / real;
        }

        Counts plus(Counts other) {
            return new Counts(truePositives + other.truePositives, falsePositives + other.falsePositives,
                    falseNegatives + other.falseNegatives);
        }
    }

    /** A message the checks judged otherwise than its label. */
    public record Miss(Sample sample, String check, boolean found) {
    }

    private EthicsCorpus() {
    }

    public static List<Sample> load(Path file) throws IOException {
        List<Sample> samples = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank() || line.startsWith("#")) { //$NON-NLS-1$
                continue;
            }
            String[] f = line.split("\t", -1); //$NON-NLS-1$
            if (f.length != 6) {
                throw new IOException(file + ":" + number + ": 6 tab-separated fields expected, found " + f.length); //$NON-NLS-1$ //$NON-NLS-2$
            }
            Set<String> expected = f[3].equals("-") ? Set.of() : Set.of(f[3].split(",")); //$NON-NLS-1$ //$NON-NLS-2$
            for (String check : expected) {
                if (!CHECKS.contains(check)) {
                    throw new IOException(file + ":" + number + ": unknown check " + check); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            samples.add(new Sample(number, f[0], Channel.get(f[1]), f[2].equals("in") ? Direction.INBOUND //$NON-NLS-1$
                    : Direction.OUTBOUND, expected, f[4], f[5].replace("\\n", "\n"))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return samples;
    }

    /** The review context every sample is judged in (the settings in the corpus's header). */
    public static ReviewContext context(Sample sample) {
        ZoneId warsaw = ZoneId.of("Europe/Warsaw"); //$NON-NLS-1$
        long written = ZonedDateTime.of(2026, 11, 18, 10, 0, 0, 0, warsaw).toInstant().toEpochMilli();
        Interaction interaction = CandorFactory.eINSTANCE.createInteraction();
        interaction.setId(sample.line());
        interaction.setChannel(sample.channel());
        interaction.setDirection(sample.direction());
        interaction.setSubject(sample.subject());
        interaction.setNotes(sample.text());
        interaction.setStartedAt(new Date(written));
        Customer customer = CandorFactory.eINSTANCE.createCustomer();
        customer.setName("Corpus customer"); //$NON-NLS-1$
        customer.setEmail("client@example.com"); //$NON-NLS-1$
        customer.setPhone("+48 601 234 567"); //$NON-NLS-1$
        return ReviewContext.builder(interaction).customer(customer)
                .competitors(List.of("Nordline", "Baltex", "ТехноСвит", "Promet", "Dunatrade")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                .ownAddresses(List.of("@candor-demo.com", "+48 22 555 01 00", "PL61109010140000071219812874")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .calendar(BusinessCalendar.standard(warsaw)).now(written).build();
    }

    /** Per check, per language (and "all"): the counts; {@code misses} collects the wrong judgements. */
    public static Map<String, Map<String, Counts>> evaluate(ReviewEngine engine, List<Sample> samples, List<Miss> misses) {
        Map<String, Map<String, Counts>> result = new LinkedHashMap<>();
        for (String check : CHECKS) {
            result.put(check, new TreeMap<>());
        }
        for (Sample sample : samples) {
            AutomaticReview review = engine.review(context(sample));
            for (String check : CHECKS) {
                boolean found = review.checkFails("dev.candor.ethics." + check); //$NON-NLS-1$
                boolean labelled = sample.expected().contains(check);
                Counts counts = new Counts(found && labelled ? 1 : 0, found && !labelled ? 1 : 0,
                        !found && labelled ? 1 : 0);
                if (found != labelled && misses != null) {
                    misses.add(new Miss(sample, check, found));
                }
                result.get(check).merge(sample.language(), counts, Counts::plus);
                result.get(check).merge("all", counts, Counts::plus); //$NON-NLS-1$
            }
        }
        return result;
    }
}
