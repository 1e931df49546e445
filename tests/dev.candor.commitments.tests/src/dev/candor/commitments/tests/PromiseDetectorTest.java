package dev.candor.commitments.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.FileLocator;
import org.junit.Test;
import org.osgi.framework.FrameworkUtil;

import dev.candor.commitments.BusinessCalendar;
import dev.candor.commitments.PromiseDetector;
import dev.candor.commitments.PromiseSuggestion;
import dev.candor.commitments.internal.PromiseCorpus;
import dev.candor.model.Language;

/** Promise detection against the labelled sentences in five languages, and in running text. */
public class PromiseDetectorTest {

    private final PromiseDetector detector = new PromiseDetector();
    private final BusinessCalendar calendar = BusinessCalendar.standard(PromiseCorpus.REFERENCE.getZone());

    static Path corpus(String name) throws IOException {
        URL url = FileLocator.find(FrameworkUtil.getBundle(PromiseDetectorTest.class),
                new org.eclipse.core.runtime.Path("corpus/" + name), null);
        return Path.of(FileLocator.toFileURL(url).getPath());
    }

    @Test
    public void labelledSentencesReachTheTargetInEveryLanguage() throws Exception {
        List<PromiseCorpus.Sentence> sentences = PromiseCorpus.read(corpus("promises.tsv"));
        assertTrue("at least 100 labelled sentences", sentences.size() >= 100);
        Map<String, PromiseCorpus.Score> scores = PromiseCorpus.evaluate(sentences, detector);
        assertEquals(List.of("en", "ru", "uk", "pl", "hu", "all"), List.copyOf(scores.keySet()));
        for (Map.Entry<String, PromiseCorpus.Score> e : scores.entrySet()) {
            PromiseCorpus.Score s = e.getValue();
            String report = e.getKey() + " " + s.mistakes;
            assertTrue(report, s.precision() >= 0.9);
            assertTrue(report, s.recall() >= 0.9);
            assertTrue(report, s.duesRight >= 0.9 * s.duesLabelled);
        }
    }

    @Test
    public void heldOutSentencesStayAboveTheTargetOverall() throws Exception {
        PromiseCorpus.Score all = PromiseCorpus.evaluate(PromiseCorpus.read(corpus("promises-heldout.tsv")), detector)
                .get("all");
        assertTrue(all.mistakes.toString(), all.precision() >= 0.9 && all.recall() >= 0.9);
    }

    @Test
    public void findsEachPromiseInAMessageWithItsPlace() {
        String mail = "Dzień dobry, dziękuję za rozmowę. Jutro prześlę poprawioną ofertę.\n"
                + "Umowę przygotujemy do 25.11. Czy termin dostawy jest w porządku?\nPozdrawiam, Anna";
        ZonedDateTime now = PromiseCorpus.REFERENCE;
        List<PromiseSuggestion> found = detector.detect(mail, now, calendar);
        assertEquals(2, found.size());
        PromiseSuggestion first = found.get(0);
        assertEquals("Jutro prześlę poprawioną ofertę.", first.sentence());
        assertEquals(first.sentence(), mail.substring(first.start(), first.end()));
        assertEquals(Language.POLISH, first.language());
        assertEquals("Jutro", first.duePhrase());
        assertEquals("2026-11-19T17:00", first.due().atZone(now.getZone()).toLocalDateTime().toString());
        assertEquals("2026-11-25T17:00", found.get(1).due().atZone(now.getZone()).toLocalDateTime().toString());
    }

    @Test
    public void aPromiseWithoutATimeHasNoDue() {
        List<PromiseSuggestion> found = detector.detect("Мы проверим ошибку и исправим её.",
                PromiseCorpus.REFERENCE, calendar);
        assertEquals(1, found.size());
        assertEquals(Language.RUSSIAN, found.get(0).language());
        assertNull(found.get(0).due());
    }

    @Test
    public void ukrainianWordsSharedWithRussianAreReadAsUkrainian() {
        List<PromiseSuggestion> found = detector.detect("Післязавтра передам ваше питання юристам.",
                PromiseCorpus.REFERENCE, calendar);
        assertEquals(Language.UKRAINIAN, found.get(0).language());
        assertEquals("2026-11-20T17:00",
                found.get(0).due().atZone(PromiseCorpus.REFERENCE.getZone()).toLocalDateTime().toString());
    }

    @Test
    public void emptyAndHugeTextsAreHandled() {
        assertTrue(detector.detect(null, PromiseCorpus.REFERENCE, calendar).isEmpty());
        assertTrue(detector.detect("   ", PromiseCorpus.REFERENCE, calendar).isEmpty());
        String noStops = "bla ".repeat(5000) + "I will call you tomorrow";
        assertTrue(detector.detect(noStops, PromiseCorpus.REFERENCE, calendar).size() <= 1);
    }

    /**
     * Issue 20, item 3: a weekday said on that weekday reads as today's close, with the same day next
     * week offered beside it; said after the close, next week's alone; on another day, no second reading.
     * The rule is the same in every language (docs/due-dates.md).
     */
    @Test
    public void todaysOwnWeekdayIsReadBothWaysUntilTheDayCloses() {
        java.time.ZoneId warsaw = java.time.ZoneId.of("Europe/Warsaw");
        BusinessCalendar standard = BusinessCalendar.standard(warsaw);
        ZonedDateTime fridayMorning = ZonedDateTime.of(2026, 12, 4, 10, 0, 0, 0, warsaw);
        Map<String, String> byFriday = Map.of(
                "en", "I will send the revised offer by Friday.",
                "ru", "Пришлю исправленное предложение до пятницы.",
                "uk", "Надішлю виправлену пропозицію до пʼятниці.",
                "pl", "Prześlę poprawioną ofertę do piątku.",
                "hu", "Pénteken elküldöm a javított ajánlatot.");
        for (Map.Entry<String, String> e : byFriday.entrySet()) {
            List<PromiseSuggestion> found = detector.detect(e.getValue(), fridayMorning, standard);
            assertEquals(e.getKey(), 1, found.size());
            PromiseSuggestion s = found.get(0);
            assertEquals(e.getKey(), "2026-12-04T17:00", s.due().atZone(warsaw).toLocalDateTime().toString());
            assertTrue(e.getKey(), s.hasAlternative());
            assertEquals(e.getKey(), "2026-12-11T17:00", s.alternative().atZone(warsaw).toLocalDateTime().toString());
        }
        // with a time of day the second reading keeps it
        PromiseSuggestion atThree = detector.detect("I will call you back on Friday at 15:00.", fridayMorning, standard)
                .get(0);
        assertEquals("2026-12-04T15:00", atThree.due().atZone(warsaw).toLocalDateTime().toString());
        assertEquals("2026-12-11T15:00", atThree.alternative().atZone(warsaw).toLocalDateTime().toString());
        // after the close only next Friday is left
        PromiseSuggestion evening = detector.detect(byFriday.get("en"), fridayMorning.withHour(18), standard).get(0);
        assertEquals("2026-12-11T17:00", evening.due().atZone(warsaw).toLocalDateTime().toString());
        assertNull(evening.alternative());
        // on Thursday "by Friday" is tomorrow, one reading only
        PromiseSuggestion thursday = detector.detect(byFriday.get("pl"), fridayMorning.minusDays(1), standard).get(0);
        assertEquals("2026-12-04T17:00", thursday.due().atZone(warsaw).toLocalDateTime().toString());
        assertNull(thursday.alternative());
    }
}
