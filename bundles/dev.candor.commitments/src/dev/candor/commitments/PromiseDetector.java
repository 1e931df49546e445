package dev.candor.commitments;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import dev.candor.commitments.internal.DueParser;
import dev.candor.commitments.internal.Lexicon;

/**
 * Finds the sentences of a text that promise something to the customer ("I will call you
 * back tomorrow", "пришлём предложение до пятницы", "jutro oddzwonię", "pénteken elküldöm")
 * in English, Russian, Ukrainian, Polish and Hungarian, with the due time they name.
 * <p>
 * A sentence is a promise when it has a first-person commitment (a future or promise verb),
 * is not a question, is not negated right before that verb and is not a condition
 * ("if you wish, …"). Weak forms ("let me check") count only with a due time.
 * Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class PromiseDetector {

    /** Sentences in text of any length are looked at up to this many characters each. */
    private static final int MAX_SENTENCE = 600;

    /**
     * The promises in {@code text}, in order.
     *
     * @param now      when the text was written, which "tomorrow" counts from
     * @param calendar the business calendar that says when a day ends
     */
    public List<PromiseSuggestion> detect(String text, ZonedDateTime now, BusinessCalendar calendar) {
        List<PromiseSuggestion> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        int length = text.length();
        int start = 0;
        while (start < length) {
            int end = sentenceEnd(text, start);
            int s = start;
            while (s < end && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            int e = end;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                PromiseSuggestion suggestion = examine(text, s, Math.min(e, s + MAX_SENTENCE), now, calendar);
                if (suggestion != null) {
                    found.add(suggestion);
                }
            }
            start = end;
        }
        return found;
    }

    private static PromiseSuggestion examine(String text, int start, int end, ZonedDateTime now,
            BusinessCalendar calendar) {
        String original = text.substring(start, end);
        if (original.endsWith("?")) {
            return null;
        }
        String sentence = Lexicon.normalise(original);
        for (Lexicon lexicon : Lexicon.inOrderFor(sentence)) {
            Matcher strong = lexicon.strong().matcher(sentence);
            boolean promise = false;
            while (strong.find()) {
                if (!lexicon.isNegatedOrConditional(sentence, strong.start())) {
                    promise = true;
                    break;
                }
            }
            DueParser.Due due = null;
            if (!promise) {
                Matcher weak = lexicon.weak().matcher(sentence);
                if (weak.find() && !lexicon.isNegatedOrConditional(sentence, weak.start())) {
                    due = DueParser.parse(lexicon, sentence, now, calendar);
                    promise = due != null;
                }
            }
            if (promise) {
                // Russian and Ukrainian share verbs ("передам"): the time may be in the other's words
                for (int i = 0; due == null && i < Lexicon.ALL.size(); i++) {
                    Lexicon other = i == 0 ? lexicon : Lexicon.ALL.get(i);
                    due = DueParser.parse(other, sentence, now, calendar);
                }
                return new PromiseSuggestion(start, end, original, lexicon.language(),
                        due == null ? null : due.at().toInstant(), due == null ? null : original.substring(
                                Math.min(due.start(), original.length()), Math.min(due.end(), original.length())),
                        due == null || due.alternative() == null ? null : due.alternative().toInstant());
            }
        }
        return null;
    }

    /** The end of the sentence starting at {@code from}: after its closing punctuation, or a line break. */
    private static int sentenceEnd(String text, int from) {
        int length = text.length();
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
                int j = i + 1;
                while (j < length && (text.charAt(j) == '.' || text.charAt(j) == '!' || text.charAt(j) == '?')) {
                    j++;
                }
                // "25.11." or "3.5" is not the end of a sentence; a full stop before a space or the end is
                if (j >= length || Character.isWhitespace(text.charAt(j))) {
                    if (c == '.' && i > from && Character.isDigit(text.charAt(i - 1)) && j < length - 1
                            && Character.isDigit(text.charAt(j + 1)) && isDateLike(text, i)) {
                        continue;
                    }
                    return j;
                }
            }
        }
        return length;
    }

    /** "11. 25." or "2026. 11. 25." (Hungarian dates) keep their full stops inside the sentence. */
    private static boolean isDateLike(String text, int dot) {
        int digitsBefore = 0;
        for (int k = dot - 1; k >= 0 && Character.isDigit(text.charAt(k)); k--) {
            digitsBefore++;
        }
        return digitsBefore > 0 && digitsBefore <= 4;
    }
}
