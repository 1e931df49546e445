package dev.candor.ethics.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds phrases among a text's {@link Tokens} with hash lookups, not regular
 * expressions, so that all the words of all the checks cost a few
 * microseconds per sentence. A phrase is words separated by spaces; a word
 * ending in {@code *} matches every word it begins ({@code ужасн*} matches
 * "ужасный", "ужасно"). Phrases are written lower case.
 */
public final class PhraseIndex {

    /** A phrase found: its words from {@code first} to {@code last}, and the tag it was added with. */
    public record Match(int first, int last, String tag) {
    }

    private record Phrase(String[] words, boolean[] stems, String tag) {
    }

    private final Map<String, List<Phrase>> exact = new HashMap<>();
    private final Map<String, List<Phrase>> byStem = new HashMap<>();
    private final TreeSet<Integer> stemLengths = new TreeSet<>();

    /** Adds each phrase with {@code tag} (the language or kind it stands for). */
    public PhraseIndex add(String tag, String... phrases) {
        for (String phrase : phrases) {
            String[] words = phrase.trim().split("\\s+"); //$NON-NLS-1$
            boolean[] stems = new boolean[words.length];
            for (int i = 0; i < words.length; i++) {
                if (words[i].endsWith("*")) { //$NON-NLS-1$
                    stems[i] = true;
                    words[i] = words[i].substring(0, words[i].length() - 1);
                }
            }
            Phrase p = new Phrase(words, stems, tag);
            if (stems[0]) {
                byStem.computeIfAbsent(words[0], k -> new ArrayList<>()).add(p);
                stemLengths.add(words[0].length());
            } else {
                exact.computeIfAbsent(words[0], k -> new ArrayList<>()).add(p);
            }
        }
        return this;
    }

    /** Every phrase found, in text order; phrases within one sentence only. */
    public List<Match> find(Tokens tokens) {
        List<Match> found = new ArrayList<>(2);
        for (int i = 0, n = tokens.size(); i < n; i++) {
            String word = tokens.word(i);
            List<Phrase> candidates = exact.get(word);
            if (candidates != null) {
                match(tokens, i, candidates, found);
            }
            for (int length : stemLengths) {
                if (length > word.length()) {
                    break;
                }
                candidates = byStem.get(word.substring(0, length));
                if (candidates != null) {
                    match(tokens, i, candidates, found);
                }
            }
        }
        return found;
    }

    /** The first phrase found, or {@code null}. */
    public Match first(Tokens tokens) {
        List<Match> all = find(tokens);
        return all.isEmpty() ? null : all.get(0);
    }

    private static void match(Tokens tokens, int at, List<Phrase> candidates, List<Match> found) {
        for (Phrase phrase : candidates) {
            int last = at + phrase.words().length - 1;
            if (last >= tokens.size() || tokens.sentence(last) != tokens.sentence(at)) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < phrase.words().length && all; k++) {
                String word = tokens.word(at + k);
                all = phrase.stems()[k] ? word.startsWith(phrase.words()[k]) : word.equals(phrase.words()[k]);
            }
            if (all) {
                found.add(new Match(at, last, phrase.tag()));
            }
        }
    }
}
