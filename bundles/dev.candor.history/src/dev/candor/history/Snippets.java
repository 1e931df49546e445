package dev.candor.history;

import java.util.ArrayList;
import java.util.List;

import dev.candor.store.SearchKeys;

/**
 * Finds query words in text the way search matches them (folded, at the
 * start of a word) and cuts the passage around the first one.
 *
 * @since 0.1
 */
public final class Snippets {

    private Snippets() {
    }

    /** The folded words of a query, in order, without empty ones. */
    public static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String folded = SearchKeys.fold(query);
        for (int i = 0; i <= folded.length(); i++) {
            char c = i < folded.length() ? folded.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || c == '\'' && word.length() > 0) {
                word.append(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        return words;
    }

    /**
     * The start of the first word of {@code text} that begins with one of
     * {@code words} (folded), or -1.
     */
    public static int firstMatch(String text, List<String> words) {
        if (text == null || words.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            for (String word : words) {
                if (startsWithFolded(text, i, word)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean startsWithFolded(String text, int from, String word) {
        int matched = 0;
        for (int i = from; i < text.length() && matched < word.length(); i++) {
            String folded = SearchKeys.fold(String.valueOf(text.charAt(i)));
            if (!word.startsWith(folded, matched)) {
                return folded.isEmpty(); // a lone combining mark folds away
            }
            matched += folded.length();
        }
        return matched >= word.length();
    }

    /** About {@code width} characters around the first match (or from the start), on one line. */
    public static String around(String text, List<String> words, int width) {
        if (text == null || text.isEmpty()) {
            return ""; //$NON-NLS-1$
        }
        String line = text.replaceAll("\\s+", " ").trim(); //$NON-NLS-1$ //$NON-NLS-2$
        int match = firstMatch(line, words);
        int start = match < 0 ? 0 : Math.max(0, match - width / 3);
        while (start > 0 && start < line.length() && !Character.isWhitespace(line.charAt(start - 1))) {
            start--; // do not cut a word
        }
        int end = Math.min(line.length(), start + width);
        String cut = line.substring(start, end);
        return (start > 0 ? "\u2026" : "") + cut + (end < line.length() ? "\u2026" : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
