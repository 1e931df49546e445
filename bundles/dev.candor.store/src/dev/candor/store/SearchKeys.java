package dev.candor.store;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for case- and diacritic-insensitive matching in every language
 * Candor speaks: "Łódź" and "lodz", "Ötvös" and "otvos", "Ёлкин" and "елкин"
 * fold to the same key.
 *
 * @since 0.1
 */
public final class SearchKeys {

    private SearchKeys() {
    }

    /** The folded form of {@code text}; {@code null} folds to the empty string. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue; // accents, umlauts, the breve of й, the diaeresis of ё and ї
            }
            switch (c) {
            case 'ł', 'Ł' -> out.append('l');
            case 'đ', 'Đ' -> out.append('d');
            case 'ø', 'Ø' -> out.append('o');
            case 'ß' -> out.append("ss");
            case 'ʼ', '’', '\'' -> out.append('\''); // Ukrainian apostrophe in all its spellings
            default -> out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Folds and joins several fields with a separator that no query can span. */
    public static String foldAll(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\u0001');
                }
                out.append(fold(part));
            }
        }
        return out.toString();
    }

    /** The key two customers with the same e-mail address share: trimmed, lower case; {@code null} if blank. */
    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The key two customers with the same phone number share: its last nine
     * digits, so that "+48 600 123 456" and "600-123-456", or "+36 30 123 4567"
     * and "06 30 123 4567", match; {@code null} if it has fewer than six digits.
     */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        if (digits.length() < 6) {
            return null;
        }
        return digits.length() > 9 ? digits.substring(digits.length() - 9) : digits.toString();
    }

    /**
     * The key two customers with the same name share: folded, punctuation
     * dropped and the words sorted, so that Hungarian order ("Kovács Anna")
     * and western order ("Anna Kovacs") match; empty if there are no words.
     */
    public static String personName(String name) {
        String folded = fold(name);
        java.util.List<String> words = new java.util.ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= folded.length(); i++) {
            char c = i < folded.length() ? folded.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        java.util.Collections.sort(words);
        return String.join(" ", words);
    }

    /**
     * The keys by which a customer looks like another ({@link CustomerRepository#findSimilar}): the
     * same e-mail, phone or name; each {@code null} where the customer gives none.
     *
     * @since 0.1
     */
    public record Similarity(String email, String phone, String name) {
    }

    /** The {@link Similarity} keys of a customer with this e-mail, phone and name. */
    public static Similarity similarity(String email, String phone, String name) {
        String nameKey = personName(name);
        return new Similarity(email(email), phone(phone), nameKey.isEmpty() ? null : nameKey);
    }
}
