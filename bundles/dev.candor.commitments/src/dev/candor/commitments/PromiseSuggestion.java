package dev.candor.commitments;

import java.time.Instant;

import dev.candor.model.Language;

/**
 * A sentence that makes a promise, found in an interaction's text: where it is, its
 * language, and the due time its words give ({@code null} when it names none).
 *
 * @param alternative another reading of the due words, or {@code null}: "by Friday" said on a
 *                    Friday is due today ({@code due}) or a week later (this); the user picks
 * @since 0.1
 */
public record PromiseSuggestion(int start, int end, String sentence, Language language, Instant due,
        String duePhrase, Instant alternative) {

    public PromiseSuggestion(int start, int end, String sentence, Language language, Instant due, String duePhrase) {
        this(start, end, sentence, language, due, duePhrase, null);
    }

    public boolean hasDue() {
        return due != null;
    }

    /** Whether the due words can be read two ways (see {@link #alternative()}). */
    public boolean hasAlternative() {
        return alternative != null;
    }
}
