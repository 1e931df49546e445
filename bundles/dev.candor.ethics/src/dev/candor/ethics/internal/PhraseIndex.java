package dev.candor.ethics.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** The stems' first words in a trie: a word's prefixes are looked up in one pass, without substrings. */
    private static final class Node {
        char[] keys = new char[0];
        Node[] children = new Node[0];
        List<Phrase> phrases;

        Node child(char c) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == c) {
                    return children[i];
                }
            }
            return null;
        }

        Node add(char c) {
            Node found = child(c);
            if (found == null) {
                found = new Node();
                keys = java.util.Arrays.copyOf(keys, keys.length + 1);
                children = java.util.Arrays.copyOf(children, children.length + 1);
                keys[keys.length - 1] = c;
                children[children.length - 1] = found;
            }
            return found;
        }
    }

    private final Map<String, List<Phrase>> exact = new HashMap<>();
    private final Node stems = new Node();

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
                Node node = this.stems;
                for (int i = 0; i < words[0].length(); i++) {
                    node = node.add(words[0].charAt(i));
                }
                if (node.phrases == null) {
                    node.phrases = new ArrayList<>(1);
                }
                node.phrases.add(p);
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
            Node node = stems;
            for (int c = 0; c < word.length() && node != null; c++) {
                node = node.child(word.charAt(c));
                if (node != null && node.phrases != null) {
                    match(tokens, i, node.phrases, found);
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
