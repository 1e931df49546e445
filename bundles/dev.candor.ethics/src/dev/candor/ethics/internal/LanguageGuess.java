package dev.candor.ethics.internal;

import dev.candor.model.Language;

/**
 * Tells the language of a text from its letters: Cyrillic with і, ї, є or ґ
 * is Ukrainian, other Cyrillic Russian; Latin with ą, ć, ę, ł, ń, ś, ź or ż
 * Polish, with ő, ű, á, é, í, ö or ü Hungarian, plain Latin English. Good
 * enough to pick the words a check looks for; the fallback decides when the
 * text has no telling letters.
 */
public final class LanguageGuess {

    private LanguageGuess() {
    }

    private static final java.util.Set<String> UKRAINIAN_WORDS = java.util.Set.of("що", "ще", "це", "та", "дякую", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "ви", "ми", "він", "вона", "як", "щоб", "але", "або"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
    private static final java.util.Set<String> RUSSIAN_WORDS = java.util.Set.of("что", "это", "вы", "мы", "он", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "она", "как", "спасибо", "чтобы", "но", "или", "если"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

    /** Positive when common Ukrainian words outnumber Russian ones, negative for the reverse. */
    private static int cyrillicWords(String text) {
        int score = 0;
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}']+")) { //$NON-NLS-1$
            if (UKRAINIAN_WORDS.contains(word)) {
                score++;
            } else if (RUSSIAN_WORDS.contains(word)) {
                score--;
            }
        }
        return score;
    }

    public static Language of(String text, Language fallback) {
        int cyrillic = 0;
        int latin = 0;
        int ukrainian = 0;
        int russian = 0;
        int polish = 0;
        int hungarian = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c >= 'a' && c <= 'z') {
                latin++;
            } else if (c >= '\u0400' && c <= '\u04ff') {
                cyrillic++;
                switch (c) {
                case 'і', 'ї', 'є', 'ґ' -> ukrainian++;
                case 'ы', 'э', 'ъ', 'ё' -> russian++;
                default -> {
                    // shared letters tell nothing
                }
                }
            } else {
                switch (c) {
                case 'ą', 'ć', 'ę', 'ł', 'ń', 'ś', 'ź', 'ż' -> {
                    polish++;
                    latin++;
                }
                case 'ő', 'ű', 'á', 'é', 'í', 'ö', 'ü', 'ú' -> {
                    hungarian++;
                    latin++;
                }
                case 'ó' -> latin++;
                default -> {
                    // digits, punctuation, other scripts
                }
                }
            }
        }
        if (cyrillic == 0 && latin == 0) {
            return fallback;
        }
        if (cyrillic > latin) {
            if (ukrainian > russian) {
                return Language.UKRAINIAN;
            }
            if (russian > ukrainian) {
                return Language.RUSSIAN;
            }
            int byWords = cyrillicWords(text);
            if (byWords != 0) {
                return byWords > 0 ? Language.UKRAINIAN : Language.RUSSIAN;
            }
            return fallback == Language.UKRAINIAN ? Language.UKRAINIAN : Language.RUSSIAN;
        }
        if (polish > hungarian) {
            return Language.POLISH;
        }
        if (hungarian > polish) {
            return Language.HUNGARIAN;
        }
        return fallback == Language.POLISH || fallback == Language.HUNGARIAN ? fallback : Language.ENGLISH;
    }
}
