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
}
