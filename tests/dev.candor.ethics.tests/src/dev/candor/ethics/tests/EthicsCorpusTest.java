package dev.candor.ethics.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.FileLocator;
import org.junit.Test;
import org.osgi.framework.FrameworkUtil;

import dev.candor.ethics.ReviewEngine;
import dev.candor.ethics.internal.CheckRegistry;
import dev.candor.ethics.internal.EthicsCorpus;
import dev.candor.ethics.internal.EthicsCorpus.Counts;

/**
 * The built-in checks against the labelled corpus (50 messages in each of
 * five languages): precision and recall of every check at least 0.85.
 */
public class EthicsCorpusTest {

    static final double TARGET = 0.85;

    static Path corpus() throws IOException {
        URL url = FileLocator.find(FrameworkUtil.getBundle(EthicsCorpusTest.class),
                new org.eclipse.core.runtime.Path("corpus/ethics.tsv"), null);
        return Path.of(FileLocator.toFileURL(url).getPath());
    }

    @Test
    public void everyLanguageHasAtLeastFiftyMessages() throws IOException {
        Map<String, Long> perLanguage = EthicsCorpus.load(corpus()).stream()
                .collect(java.util.stream.Collectors.groupingBy(EthicsCorpus.Sample::language,
                        java.util.stream.Collectors.counting()));
        assertEquals(5, perLanguage.size());
        perLanguage.forEach((language, count) -> assertTrue(language + ": " + count, count >= 50));
    }

    @Test
    public void everyCheckReachesTheTargetPrecisionAndRecall() throws IOException {
        List<EthicsCorpus.Sample> samples = EthicsCorpus.load(corpus());
        List<EthicsCorpus.Miss> misses = new ArrayList<>();
        Map<String, Map<String, Counts>> result;
        try (ReviewEngine engine = new ReviewEngine(CheckRegistry.read().stream().filter(d -> d.trusted()).toList())) {
            result = EthicsCorpus.evaluate(engine, samples, misses);
        }
        StringBuilder report = new StringBuilder();
        List<String> below = new ArrayList<>();
        result.forEach((check, perLanguage) -> {
            Counts all = perLanguage.get("all");
            report.append(String.format("%-15s P %.2f R %.2f (%d found right, %d wrongly, %d missed)%n", check,
                    all.precision(), all.recall(), all.truePositives(), all.falsePositives(), all.falseNegatives()));
            if (all.precision() < TARGET || all.recall() < TARGET) {
                below.add(check);
            }
        });
        for (EthicsCorpus.Miss miss : misses) {
            report.append(String.format("  line %d %s: %s %s%n", miss.sample().line(), miss.check(),
                    miss.found() ? "wrongly found in" : "missed in", miss.sample().text().replace('\n', ' ')));
        }
        System.out.print(report);
        assertTrue("below " + TARGET + ": " + below + "\n" + report, below.isEmpty());
    }
}
