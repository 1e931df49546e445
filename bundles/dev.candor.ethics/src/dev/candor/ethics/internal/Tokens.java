package dev.candor.ethics.internal;

import java.util.Arrays;

import dev.candor.ethics.ReviewContext;

/**
 * The words of a review's normalised text, with their offsets, and where its
 * sentences end. Computed once per review and shared by the built-in checks
 * ({@link #of(ReviewContext)}); a word is a run of letters and digits, with
 * apostrophes and hyphens inside it.
 */
public final class Tokens {

    private static final Object KEY = new Object();

    private final String text;
    private String[] words = new String[64];
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    /** For each word, the number of the sentence it is in. */
    private int[] sentences = new int[64];
    private int size;

    private Tokens(String text) {
        this.text = text;
        int sentence = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)
                            || (d == '\'' || d == '-') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                add(text.substring(start, i), start, i, sentence);
            } else {
                if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ';') {
                    // "2.5" and "e.g." stay in one sentence only when no space follows
                    if (c != '.' || i + 1 >= n || Character.isWhitespace(text.charAt(i + 1))) {
                        sentence++;
                    }
                }
                i++;
            }
        }
    }

    private void add(String word, int start, int end, int sentence) {
        if (size == words.length) {
            int capacity = size * 2;
            words = Arrays.copyOf(words, capacity);
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            sentences = Arrays.copyOf(sentences, capacity);
        }
        words[size] = word;
        starts[size] = start;
        ends[size] = end;
        sentences[size] = sentence;
        size++;
    }

    /** The words of the context's normalised text, computed once per review. */
    public static Tokens of(ReviewContext context) {
        return context.shared(KEY, c -> new Tokens(c.normalisedText()));
    }

    /** The words of any text, normalised first (for tools that look at words outside a review). */
    public static Tokens of(String text) {
        return new Tokens(ReviewContext.normalise(text));
    }

    public int size() {
        return size;
    }

    public String word(int index) {
        return words[index];
    }

    public int start(int index) {
        return starts[index];
    }

    public int end(int index) {
        return ends[index];
    }

    public int sentence(int index) {
        return sentences[index];
    }

    /** The sentence of the word at or before text offset {@code offset} (0 when no word is before it). */
    public int sentenceAt(int offset) {
        int low = 0;
        int high = size - 1;
        int found = 0;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] <= offset) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return size == 0 ? 0 : sentences[found];
    }

    /** Offsets of the sentence word {@code index} is in: {start, end} in the text. */
    public int[] sentenceSpan(int index) {
        int sentence = sentences[index];
        int first = index;
        while (first > 0 && sentences[first - 1] == sentence) {
            first--;
        }
        int last = index;
        while (last + 1 < size && sentences[last + 1] == sentence) {
            last++;
        }
        return new int[] { starts[first], ends[last] };
    }

    public String text() {
        return text;
    }
}
