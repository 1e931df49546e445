package dev.candor.commitments;

import java.time.Instant;

import dev.candor.model.Language;

/**
 * A sentence that makes a promise, found in an interaction's text: where it is, its
 * language, and the due time its words give ({@code null} when it names none).
 *
 * @since 0.1
 */
public record PromiseSuggestion(int start, int end, String sentence, Language language, Instant due,
        String duePhrase) {

    public boolean hasDue() {
        return due != null;
    }
}
